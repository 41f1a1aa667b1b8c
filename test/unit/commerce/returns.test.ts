import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import { StoreReturnsService } from '../../../src/commerce/returns/returns-service';
import { rmaIdFor } from '../../../src/commerce/returns/rma-id';
import { ValidationError } from '../../../src/core/errors';
import { demoOrder, openDemoShopStore, type TempStore } from '../../support/temp-store';

const DAY_MS = 86_400_000;

describe('returns service', () => {
  let temp: TempStore;
  let returns: StoreReturnsService;
  const now = () => temp.clock.now();

  beforeAll(async () => {
    temp = await openDemoShopStore();
    const { store } = temp;
    returns = new StoreReturnsService({
      returns: store.returns,
      products: store.products,
      events: store.events,
      kv: store.kv,
      policy: loadShopPolicy(),
    });
  });
  afterAll(async () => {
    await temp.close();
  });

  const order = (id: string) => demoOrder(temp.store, id);

  async function reasons(id: string, at = now()) {
    return (await returns.eligibility(await order(id), at)).map((e) => [e.productId, e.eligible, e.reason]);
  }

  it('allows items of a recently delivered order', async () => {
    expect(await reasons('10235')).toEqual([
      ['featherlight-running-shoes', true, undefined],
      ['organic-cotton-tee', true, undefined],
    ]);
  });

  it('refuses final-sale items, by product flag and by category', async () => {
    expect(await reasons('10238')).toEqual([
      ['velvet-party-dress', false, 'final_sale'],
      ['silk-hair-scarf', true, undefined],
    ]);
    expect(await reasons('10245')).toEqual([
      ['trail-running-shoes', true, undefined],
      ['stoneware-mug-pair', false, 'final_sale'],
    ]);
  });

  it('refuses orders not yet delivered, and closes the window after 30 days', async () => {
    expect(await reasons('10234')).toEqual([['linen-wrap-dress', false, 'not_delivered']]);
    expect(await reasons('10236')).toEqual([['canvas-market-tote', false, 'not_delivered']]);
    expect(await reasons('10239')).toEqual([['chelsea-boots', false, 'window_closed']]);

    const delivered = new Date((await order('10241')).deliveredAt ?? '').getTime();
    const [lastMinute] = await returns.eligibility(await order('10241'), new Date(delivered + 30 * DAY_MS - 60_000));
    const [tooLate] = await returns.eligibility(await order('10241'), new Date(delivered + 30 * DAY_MS + 60_000));
    expect(lastMinute?.eligible).toBe(true);
    expect(tooLate?.reason).toBe('window_closed');
  });

  it('refuses items already in a return', async () => {
    expect(await reasons('10244')).toEqual([['pleated-maxi-dress', false, 'already_returned']]);
    expect(await reasons('10243')).toEqual([['merino-crew-jumper', false, 'already_returned']]);
  });

  it('creates an RMA with the refund, records an event, and blocks a second return', async () => {
    const target = await order('10235');
    const shoes = target.items.find((i) => i.productId === 'featherlight-running-shoes');
    if (!shoes) throw new Error('seed changed');
    const rma = await returns.create({ order: target, skus: [shoes.sku, shoes.sku], reason: 'too small', now: now() });

    expect(rma.id).toMatch(/^RMA-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(rma).toMatchObject({ orderId: '10235', customerId: 'cust-001', status: 'requested', refundCents: 9500 });
    expect(rma.items).toEqual([{ productId: shoes.productId, sku: shoes.sku, quantity: 1 }]);
    expect(await temp.store.returns.get(rma.id)).toEqual(rma);

    const [event] = await temp.store.events.list({ customerId: 'cust-001', types: ['return_requested'] });
    expect(event).toMatchObject({ valueCents: 9500, data: { orderId: '10235', returnId: rma.id } });

    expect(await reasons('10235')).toEqual([
      ['featherlight-running-shoes', false, 'already_returned'],
      ['organic-cotton-tee', true, undefined],
    ]);
    await expect(returns.create({ order: target, skus: [shoes.sku], reason: 'again', now: now() })).rejects.toThrow(
      ValidationError,
    );

    const tee = target.items.find((i) => i.productId === 'organic-cotton-tee');
    const second = await returns.create({ order: target, skus: [tee?.sku ?? ''], reason: 'colour', now: now() });
    expect(second.id).not.toBe(rma.id);
    expect((await returns.listForOrder('10235')).map((r) => r.id).sort()).toEqual([rma.id, second.id].sort());
    expect((await returns.listForCustomer('cust-001')).length).toBe(2);
  });

  it('explains which items were refused', async () => {
    const target = await order('10238');
    const dress = target.items[0]?.sku ?? '';
    const error = await returns
      .create({ order: target, skus: [dress, 'no-such-sku'], reason: 'x', now: now() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.refused).toEqual([
      { sku: dress, reason: 'final_sale' },
      { sku: 'no-such-sku', reason: 'not_in_order' },
    ]);
    await expect(returns.create({ order: target, skus: [], reason: 'x', now: now() })).rejects.toThrow(ValidationError);
  });

  it('numbers RMAs uniquely and unguessably', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => rmaIdFor(i + 1));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).not.toBe('RMA-000001');
  });
});
