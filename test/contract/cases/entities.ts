/** Every entity survives a round trip unchanged; unknown ids read as null; updates replace. */
import { NotFoundError } from '../../../src/core/errors';
import * as f from '../fixtures';
import type { ContractContext } from '../harness';

export function entityCases(ctx: ContractContext): void {
  it('round-trips customers, including lookups by normalised email and phone', async () => {
    const s = ctx.store();
    const ada = f.customer();
    await s.customers.create(ada);
    expect(await s.customers.get('cus_1')).toEqual(ada);
    expect(await s.customers.findByEmail('  ADA@Example.com ')).toEqual(ada);
    expect(await s.customers.findByPhone('+447700900123')).toEqual(ada);
    expect(await s.customers.findByEmail('nobody@example.com')).toBeNull();
    const renamed = { ...ada, name: 'Augusta Ada King', updatedAt: f.at(5) };
    await s.customers.update(renamed);
    expect(await s.customers.get('cus_1')).toEqual(renamed);
  });

  it('lists customers oldest first with limit and offset', async () => {
    const s = ctx.store();
    for (const n of [3, 1, 2]) await s.customers.create(f.customer({ id: `cus_${n}`, createdAt: f.at(n) }));
    expect((await s.customers.list()).map((c) => c.id)).toEqual(['cus_1', 'cus_2', 'cus_3']);
    expect((await s.customers.list({ limit: 1, offset: 1 })).map((c) => c.id)).toEqual(['cus_2']);
    expect(await s.customers.list({ limit: 0 })).toEqual([]);
    expect(await s.customers.delete('cus_2')).toBe(true);
    expect(await s.customers.delete('cus_2')).toBe(false);
  });

  it('round-trips identities and re-links them', async () => {
    const s = ctx.store();
    const id = f.identity();
    await s.identities.create(id);
    expect(await s.identities.get('telegram', 'tg_42')).toEqual(id);
    await s.identities.link('telegram', 'tg_42', 'cus_2', true);
    expect(await s.identities.get('telegram', 'tg_42')).toEqual({ ...id, customerId: 'cus_2', verified: true });
    expect(await s.identities.listByCustomer('cus_2')).toHaveLength(1);
    await expect(s.identities.link('telegram', 'nobody', 'cus_2', true)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('round-trips products, orders and returns', async () => {
    const s = ctx.store();
    const p = f.product();
    await s.products.upsert(p);
    await s.products.upsert({ ...p, priceCents: 3900 });
    expect(await s.products.get('p_1')).toEqual({ ...p, priceCents: 3900 });
    expect(await s.products.count()).toBe(1);
    const o = f.order();
    await s.orders.create(o);
    expect(await s.orders.get('10234')).toEqual(o);
    await s.orders.update({ ...o, status: 'delivered', deliveredAt: f.at(90) });
    expect((await s.orders.get('10234'))?.status).toBe('delivered');
    const r = f.returnRequest();
    await s.returns.create(r);
    expect(await s.returns.get('RMA-1')).toEqual(r);
    await s.returns.update({ ...r, status: 'refunded', refundedAt: f.at(30) });
    expect(await s.returns.listByOrder('10234')).toEqual([{ ...r, status: 'refunded', refundedAt: f.at(30) }]);
  });

  it('round-trips conversations, handoffs, offers, campaigns and notes', async () => {
    const s = ctx.store();
    const c = f.conversation();
    await s.conversations.create(c);
    expect(await s.conversations.get(c.id)).toEqual(c);
    const h = f.handoff({ threadChannel: 'C1', threadTs: '171.001' });
    await s.handoffs.create(h);
    expect(await s.handoffs.get('h_1')).toEqual(h);
    await s.handoffs.update({ ...h, csat: 5 });
    expect((await s.handoffs.get('h_1'))?.csat).toBe(5);
    const o = f.offer();
    await s.offers.create(o);
    expect(await s.offers.get('off_1')).toEqual(o);
    expect(await s.offers.findByCode('SPRING-7Q2K')).toEqual(o);
    await s.offers.update({ ...o, status: 'redeemed', redeemedAt: f.at(10), orderId: '10234', revenueCents: 4050 });
    expect((await s.offers.listByStatus('redeemed')).map((x) => x.id)).toEqual(['off_1']);
    const camp = f.campaign();
    await s.campaigns.upsert(camp);
    await s.campaigns.upsert({ ...camp, name: 'Spring win-back v2' });
    expect(await s.campaigns.get('camp_1')).toEqual({ ...camp, name: 'Spring win-back v2' });
    const n = f.note();
    await s.notes.add(n);
    expect(await s.notes.list('nlu_review')).toEqual([n]);
  });

  it('assigns message and event ids and sequence numbers', async () => {
    const s = ctx.store();
    const m = await s.messages.append(
      f.message({ reply: { text: 'Shipped!', quickReplies: [{ label: 'Track', payload: 'track' }] } }),
    );
    expect(m.id).toEqual(expect.any(String));
    expect(m.seq).toBeGreaterThan(0);
    expect(await s.messages.list('webchat:conv_1')).toEqual([m]);
    const e = await s.events.append(f.event());
    const named = await s.events.append(f.event({ id: 'evt_fixed', type: 'purchase', valueCents: 4500 }));
    expect(named.id).toBe('evt_fixed');
    expect(named.seq).toBeGreaterThan(e.seq);
    expect(await s.events.list()).toEqual([e, named]);
  });

  it('returns null for unknown ids everywhere', async () => {
    const s = ctx.store();
    expect(await s.customers.get('nope')).toBeNull();
    expect(await s.customers.findByPhone('000')).toBeNull();
    expect(await s.identities.get('webchat', 'nope')).toBeNull();
    expect(await s.products.get('nope')).toBeNull();
    expect(await s.orders.get('nope')).toBeNull();
    expect(await s.returns.get('nope')).toBeNull();
    expect(await s.conversations.get('nope')).toBeNull();
    expect(await s.handoffs.get('nope')).toBeNull();
    expect(await s.handoffs.findOpenByConversation('nope')).toBeNull();
    expect(await s.handoffs.findByThread('C1', 'nope')).toBeNull();
    expect(await s.offers.get('nope')).toBeNull();
    expect(await s.offers.findByCode('nope')).toBeNull();
    expect(await s.campaigns.get('nope')).toBeNull();
    expect(await s.models.latest('nope')).toBeNull();
    expect(await s.kv.get('nope')).toBeNull();
    expect(await s.messages.list('nope')).toEqual([]);
  });

  it('refuses to update records that do not exist', async () => {
    const s = ctx.store();
    await expect(s.customers.update(f.customer())).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.orders.update(f.order())).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.returns.update(f.returnRequest())).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.handoffs.update(f.handoff())).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.offers.update(f.offer())).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.conversations.save(f.conversation())).rejects.toBeInstanceOf(NotFoundError);
  });
}
