/** Close the store, open a new one on the same location, and read everything back. */
import type { Store } from '../../../src/store';
import * as f from '../fixtures';
import type { ContractContext } from '../harness';

async function writeOneOfEverything(s: Store): Promise<void> {
  await s.customers.create(f.customer());
  await s.identities.create(f.identity());
  await s.products.upsert(f.product());
  await s.orders.create(f.order());
  await s.returns.create(f.returnRequest());
  await s.conversations.create(f.conversation());
  await s.messages.append(f.message());
  await s.messages.append(f.message({ direction: 'out', text: 'It shipped', reply: { text: 'It shipped' } }));
  await s.events.append(f.event({ id: 'evt_1' }));
  await s.handoffs.create(f.handoff({ threadChannel: 'C1', threadTs: '1.1' }));
  await s.offers.create(f.offer());
  await s.campaigns.upsert(f.campaign());
  await s.notes.add(f.note());
  await s.models.put('nlu', '{"weights":[1,2,3]}', { f1: 0.9 }, f.T0);
  await s.kv.set('job:last-run', f.T0);
  await s.kv.increment('rate:v1', 3, f.at(60), f.T0);
  await s.deliveries.claim('telegram', 'upd_1', f.at(60));
}

export function durabilityCases(ctx: ContractContext): void {
  it('loses nothing across close and reopen', async () => {
    await writeOneOfEverything(ctx.store());
    const s = await ctx.reopen();
    expect(await s.customers.get('cus_1')).toEqual(f.customer());
    expect(await s.identities.get('telegram', 'tg_42')).toEqual(f.identity());
    expect(await s.products.get('p_1')).toEqual(f.product());
    expect(await s.orders.get('10234')).toEqual(f.order());
    expect(await s.returns.get('RMA-1')).toEqual(f.returnRequest());
    expect(await s.conversations.get('webchat:conv_1')).toEqual(f.conversation());
    expect((await s.messages.list('webchat:conv_1')).map((m) => m.text)).toEqual(['where is my order', 'It shipped']);
    expect((await s.events.list()).map((e) => e.id)).toEqual(['evt_1']);
    expect(await s.handoffs.findByThread('C1', '1.1')).toEqual(f.handoff({ threadChannel: 'C1', threadTs: '1.1' }));
    expect(await s.offers.findByCode('SPRING-7Q2K')).toEqual(f.offer());
    expect(await s.campaigns.get('camp_1')).toEqual(f.campaign());
    expect(await s.notes.list('nlu_review')).toEqual([f.note()]);
    expect((await s.models.latest('nlu'))?.data).toBe('{"weights":[1,2,3]}');
    expect(await s.kv.get('job:last-run')).toBe(f.T0);
    expect(await s.kv.get('rate:v1')).toBe('3');
    expect(await s.deliveries.claim('telegram', 'upd_1', f.at(60))).toBe(false);
    // Counters continue rather than restart, so seq stays strictly increasing.
    const [first] = await s.messages.tail('webchat:conv_1', 2);
    const next = await s.messages.append(f.message({ text: 'after restart' }));
    expect(next.seq).toBeGreaterThan((first?.seq ?? 0) + 1);
    expect(await s.models.put('nlu', 'v2', {}, f.at(1))).toBe(2);
  });

  it('initialises idempotently on an existing location', async () => {
    await ctx.store().customers.create(f.customer());
    const s = await ctx.reopen();
    await s.init();
    await s.ping();
    expect(await s.customers.get('cus_1')).toEqual(f.customer());
  });
}
