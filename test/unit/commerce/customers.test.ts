import { StoreCustomerService } from '../../../src/commerce/customers/customer-service';
import { conversation } from '../../contract/fixtures';
import { openDemoShopStore, type TempStore } from '../../support/temp-store';

describe('customer service', () => {
  let temp: TempStore;
  let customers: StoreCustomerService;
  const now = () => temp.clock.now();

  beforeAll(async () => {
    temp = await openDemoShopStore();
    customers = new StoreCustomerService({ store: temp.store });
  });
  afterAll(async () => {
    await temp.close();
  });

  /** Gives a customer one of everything the export must include. */
  async function addConversationTrail(customerId: string): Promise<void> {
    const { store } = temp;
    const at = now().toISOString();
    const ref = {
      channel: 'webchat' as const,
      channelConversationId: `c-${customerId}`,
      channelUserId: `u-${customerId}`,
    };
    const conversationId = `webchat:c-${customerId}`;
    await store.identities.create({ ...ref, customerId, verified: true, createdAt: at });
    await store.conversations.create(
      conversation({ id: conversationId, ref, customerId, state: {}, createdAt: at, lastActivityAt: at }),
    );
    await store.messages.append({ conversationId, direction: 'in', text: 'where is my order', at });
    await store.messages.append({ conversationId, direction: 'out', text: 'It is on its way.', at });
    await store.notes.add({
      id: `note-${customerId}`,
      kind: 'complaint',
      customerId,
      conversationId,
      text: 'late',
      at,
    });
    await store.offers.create({
      id: `offer-${customerId}`,
      campaignId: 'spring',
      customerId,
      channel: 'webchat',
      code: `SPRING-${customerId}`,
      status: 'sent',
      expiresAt: at,
      createdAt: at,
    });
  }

  it('records marketing consent per channel with an audit event', async () => {
    await customers.setConsent('cust-004', 'telegram', true, now());
    temp.clock.advance(60_000);
    await customers.setConsent('cust-004', 'telegram', false, now());
    const customer = await customers.get('cust-004');
    expect(customer?.consents).toEqual([{ channel: 'telegram', optedIn: false, at: now().toISOString() }]);
    const events = await temp.store.events.list({ customerId: 'cust-004', types: ['consent_changed'] });
    expect(events.map((e) => e.data?.optedIn)).toEqual([true, false]);
    await expect(customers.setConsent('nobody', 'webchat', true, now())).rejects.toThrow(/not found/);
  });

  it('exports everything held about a customer', async () => {
    await addConversationTrail('cust-001');
    const data = await customers.exportData('cust-001');
    expect(data).toMatchObject({ customer: { id: 'cust-001', email: 'amelia.hart@example.com' } });
    expect((data.identities as unknown[]).length).toBe(1);
    expect((data.orders as { id: string }[]).map((o) => o.id)).toEqual(expect.arrayContaining(['10234', '10235']));
    const [conversation] = data.conversations as { messages: { text: string }[] }[];
    expect(conversation?.messages.map((m) => m.text)).toEqual(['where is my order', 'It is on its way.']);
    expect((data.events as unknown[]).length).toBeGreaterThan(10);
    expect((data.offers as unknown[]).length).toBe(1);
    expect((data.notes as unknown[]).length).toBe(1);
    expect(data.returns).toEqual([]);
    // The export is plain data, ready to hand over as a file.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('erases a customer and everything tied to them, and nobody else', async () => {
    await addConversationTrail('cust-009');
    const othersOrders = await temp.store.orders.count();
    const herOrders = (await temp.store.orders.listByCustomer('cust-009')).length;

    const counts = await customers.erase('cust-009');
    expect(counts).toMatchObject({ customers: 1, identities: 1, conversations: 1, messages: 2, offers: 1, notes: 1 });
    expect(counts.orders).toBe(herOrders);
    expect(counts.returns).toBeGreaterThanOrEqual(1);
    expect(counts.events).toBeGreaterThan(0);

    const { store } = temp;
    expect(await store.customers.get('cust-009')).toBeNull();
    expect(await store.orders.listByCustomer('cust-009')).toEqual([]);
    expect(await store.returns.listByCustomer('cust-009')).toEqual([]);
    expect(await store.events.list({ customerId: 'cust-009' })).toEqual([]);
    expect(await store.messages.list('webchat:c-cust-009')).toEqual([]);
    expect(await store.orders.count()).toBe(othersOrders - herOrders);
    expect(await store.customers.get('cust-001')).not.toBeNull();
    await expect(customers.exportData('cust-009')).rejects.toThrow(/not found/);
  });
});
