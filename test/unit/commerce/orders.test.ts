import { StoreOrderService } from '../../../src/commerce/orders/order-service';
import { samePhone } from '../../../src/commerce/orders/ownership';
import { demoOrder, openDemoShopStore, type TempStore } from '../../support/temp-store';

describe('order service', () => {
  let temp: TempStore;
  let orders: StoreOrderService;
  let conversation = 0;
  const freshConversation = () => `test:conv-${++conversation}`;
  const now = () => temp.clock.now();

  beforeAll(async () => {
    temp = await openDemoShopStore();
    orders = new StoreOrderService({
      orders: temp.store.orders,
      events: temp.store.events,
      kv: temp.store.kv,
      products: temp.store.products,
    });
  });
  afterAll(async () => {
    await temp.close();
  });

  const order = (id: string) => demoOrder(temp.store, id);

  describe('verify', () => {
    it('accepts the email on the order, whatever its case and spacing', async () => {
      const result = await orders.verify({
        orderId: '#10234',
        email: '  Amelia.Hart@EXAMPLE.com ',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(result.ok && result.order.id).toBe('10234');
    });

    it('accepts the phone on the order written differently', async () => {
      for (const phone of ['07700 900101', '+44 (0)7700-900101', '0044 7700 900101']) {
        const result = await orders.verify({
          orderId: '10235',
          phone,
          conversationId: freshConversation(),
          now: now(),
        });
        expect(result.ok).toBe(true);
      }
    });

    it('accepts a verified identity of the owning customer only', async () => {
      const own = await orders.verify({
        orderId: '10236',
        verifiedCustomerId: 'cust-006',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(own.ok).toBe(true);
      const other = await orders.verify({
        orderId: '10236',
        verifiedCustomerId: 'cust-001',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(other).toEqual({ ok: false, reason: 'mismatch' });
    });

    it('gives the same answer for a wrong email and an unknown order', async () => {
      const wrong = await orders.verify({
        orderId: '10237',
        email: 'someone@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      const unknown = await orders.verify({
        orderId: '99999',
        email: 'oliver.bennett@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(wrong).toEqual({ ok: false, reason: 'mismatch' });
      expect(unknown).toEqual(wrong);
    });

    it("does not let one customer verify another's order", async () => {
      // Amelia's real email, Grace's order.
      const result = await orders.verify({
        orderId: '10236',
        email: 'amelia.hart@example.com',
        phone: '+44 7700 900101',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(result).toEqual({ ok: false, reason: 'mismatch' });
    });

    it('limits wrong attempts per conversation, even with the right answer afterwards', async () => {
      const conversationId = freshConversation();
      for (const orderId of ['10238', '10239', '10240']) {
        expect(await orders.verify({ orderId, email: 'guess@example.com', conversationId, now: now() })).toEqual({
          ok: false,
          reason: 'mismatch',
        });
      }
      const right = { orderId: '10238', email: 'sophie.tw@example.com', conversationId, now: now() };
      expect(await orders.verify(right)).toEqual({ ok: false, reason: 'rate_limited' });
      // The window passes; the conversation may try again.
      temp.clock.advance(16 * 60_000);
      expect((await orders.verify({ ...right, now: now() })).ok).toBe(true);
    });

    it('limits wrong attempts per order across conversations, and a success does not reset it', async () => {
      const target = '10241';
      for (let i = 0; i < 4; i++) {
        await orders.verify({
          orderId: target,
          email: `guess${i}@example.com`,
          conversationId: freshConversation(),
          now: now(),
        });
      }
      // The owner verifies in their own conversation: allowed (4 < 5).
      const owner = await orders.verify({
        orderId: target,
        email: 'chen.xiaoyu@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(owner.ok).toBe(true);
      await orders.verify({
        orderId: target,
        email: 'guess4@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      // Fifth wrong attempt reached: everyone is paused for this order, the success reset nothing.
      const later = await orders.verify({
        orderId: target,
        email: 'chen.xiaoyu@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(later).toEqual({ ok: false, reason: 'rate_limited' });
      temp.clock.advance(61 * 60_000);
      const nextHour = await orders.verify({
        orderId: target,
        email: 'chen.xiaoyu@example.com',
        conversationId: freshConversation(),
        now: now(),
      });
      expect(nextHour.ok).toBe(true);
    });

    it('answers mismatch without counting when no proof is offered', async () => {
      const conversationId = freshConversation();
      for (let i = 0; i < 5; i++) {
        expect(await orders.verify({ orderId: '10242', conversationId, now: now() })).toEqual({
          ok: false,
          reason: 'mismatch',
        });
      }
      expect(
        (await orders.verify({ orderId: '10242', email: 'priya.shah@example.com', conversationId, now: now() })).ok,
      ).toBe(true);
    });
  });

  describe('phone comparison', () => {
    it('matches national and international forms but not short fragments', () => {
      expect(samePhone('+86 139 0000 0103', '13900000103')).toBe(true);
      expect(samePhone('+44 7700 900101', '+44 7700 900102')).toBe(false);
      expect(samePhone('900101', '+44 7700 900101')).toBe(false);
    });
  });

  describe('cancel and change address', () => {
    it('puts the units of a cancelled order back in stock', async () => {
      const pending = await order('10246');
      const before = await Promise.all(pending.items.map((i) => temp.store.products.get(i.productId)));
      await orders.cancel(pending, now());
      for (const [index, item] of pending.items.entries()) {
        const stockOf = (p: (typeof before)[number]) => p?.variants.find((v) => v.sku === item.sku)?.stock ?? 0;
        const after = await temp.store.products.get(item.productId);
        expect(stockOf(after)).toBe(stockOf(before[index] ?? null) + item.quantity);
      }
    });

    it('cancels a pending order and records an event', async () => {
      const result = await orders.cancel(await order('10236'), now());
      expect(result.ok && result.order.status).toBe('cancelled');
      expect((await order('10236')).cancelledAt).toBe(now().toISOString());
      const events = await temp.store.events.list({ customerId: 'cust-006', types: ['order_cancelled'] });
      expect(events.map((e) => e.data?.orderId)).toEqual(['10236']);
      expect(await orders.cancel(await order('10236'), now())).toEqual({ ok: false, reason: 'already_closed' });
    });

    it('changes the address of a paid order and records an event without the address', async () => {
      const address = {
        name: 'Oliver Bennett',
        line1: '8 New Wharf',
        city: 'Leeds',
        postcode: 'LS1 4BR',
        country: 'GB',
      };
      const result = await orders.changeAddress(await order('10237'), address, now());
      expect(result.ok).toBe(true);
      expect((await order('10237')).shippingAddress).toEqual(address);
      const [event] = await temp.store.events.list({ customerId: 'cust-002', types: ['order_address_changed'] });
      expect(event?.data).toEqual({ orderId: '10237' });
    });

    it('refuses once the order has shipped or closed', async () => {
      const address = { name: 'X', line1: '1 Road', city: 'Town', postcode: 'AB1 2CD', country: 'GB' };
      expect(await orders.cancel(await order('10234'), now())).toEqual({ ok: false, reason: 'already_shipped' });
      expect(await orders.changeAddress(await order('10235'), address, now())).toEqual({
        ok: false,
        reason: 'already_shipped',
      });
      expect(await orders.cancel(await order('10242'), now())).toEqual({ ok: false, reason: 'already_closed' });
      expect(await orders.changeAddress(await order('10243'), address, now())).toEqual({
        ok: false,
        reason: 'already_closed',
      });
    });

    it('checks the stored status, not a stale copy', async () => {
      const stale = await order('10246');
      await temp.store.orders.update({ ...stale, status: 'shipped', shippedAt: now().toISOString() });
      expect(await orders.cancel(stale, now())).toEqual({ ok: false, reason: 'already_shipped' });
    });
  });

  it('lists a customer’s orders newest first', async () => {
    const list = await orders.listForCustomer('cust-001');
    expect(list.map((o) => o.id)).toEqual(expect.arrayContaining(['10234', '10235']));
    const dates = list.map((o) => o.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
