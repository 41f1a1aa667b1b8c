/** Ordering, filtering and paging, identical on every backend; erasure by customer. */

import * as f from '../fixtures';
import type { ContractContext } from '../harness';

export function queryCases(ctx: ContractContext): void {
  it('orders messages by seq and pages with list, afterSeq and tail', async () => {
    const s = ctx.store();
    const stored = [];
    for (let i = 0; i < 5; i++) {
      stored.push(await s.messages.append(f.message({ text: `m${i}`, at: f.at(i) })));
      await s.messages.append(f.message({ conversationId: 'telegram:other', text: `x${i}` }));
    }
    const seqs = stored.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect((await s.messages.list('webchat:conv_1')).map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    const afterSecond = await s.messages.list('webchat:conv_1', { afterSeq: seqs[1] ?? 0, limit: 2 });
    expect(afterSecond.map((m) => m.text)).toEqual(['m2', 'm3']);
    expect((await s.messages.tail('webchat:conv_1', 2)).map((m) => m.text)).toEqual(['m3', 'm4']);
    expect(await s.messages.deleteByConversation('webchat:conv_1')).toBe(5);
    expect(await s.messages.list('webchat:conv_1')).toEqual([]);
    expect(await s.messages.list('telegram:other')).toHaveLength(5);
  });

  it('queries events by customer, types, time range and afterSeq, and reassigns them', async () => {
    const s = ctx.store();
    const view = await s.events.append(f.event({ type: 'product_view', at: f.at(10) }));
    const cart = await s.events.append(f.event({ type: 'cart_add', at: f.at(20) }));
    const other = await s.events.append(f.event({ customerId: 'anon_9', type: 'product_view', at: f.at(15) }));
    // Appended last but happened first: time order and insertion order differ.
    const early = await s.events.append(f.event({ type: 'message', at: f.at(0) }));
    expect((await s.events.list()).map((e) => e.id)).toEqual([early.id, view.id, other.id, cart.id]);
    expect((await s.events.list({ customerId: 'cus_1' })).map((e) => e.id)).toEqual([early.id, view.id, cart.id]);
    expect((await s.events.list({ types: ['cart_add', 'message'] })).map((e) => e.id)).toEqual([early.id, cart.id]);
    expect(await s.events.list({ types: [] })).toEqual([]);
    expect((await s.events.list({ from: f.at(10), to: f.at(20) })).map((e) => e.id)).toEqual([view.id, other.id]);
    expect((await s.events.list({ afterSeq: cart.seq })).map((e) => e.id)).toEqual([other.id, early.id]);
    expect((await s.events.list({ afterSeq: 0, limit: 2 })).map((e) => e.id)).toEqual([view.id, cart.id]);
    expect(await s.events.reassign('anon_9', 'cus_1')).toBe(1);
    expect((await s.events.list({ customerId: 'cus_1' })).map((e) => e.id)).toEqual([
      early.id,
      view.id,
      other.id,
      cart.id,
    ]);
    expect(await s.events.list({ customerId: 'anon_9' })).toEqual([]);
  });

  it('lists orders by customer (newest first), status and creation window', async () => {
    const s = ctx.store();
    await s.orders.create(f.order({ id: 'o1', createdAt: f.at(0), status: 'paid' }));
    await s.orders.create(f.order({ id: 'o2', createdAt: f.at(30), status: 'shipped' }));
    await s.orders.create(f.order({ id: 'o3', createdAt: f.at(60), status: 'paid', customerId: 'cus_2' }));
    expect((await s.orders.listByCustomer('cus_1')).map((o) => o.id)).toEqual(['o2', 'o1']);
    expect((await s.orders.listByStatus('paid')).map((o) => o.id)).toEqual(['o1', 'o3']);
    expect((await s.orders.listCreatedBetween(f.at(0), f.at(60))).map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(await s.orders.count()).toBe(3);
  });

  it('filters products by category, ids and active flag', async () => {
    const s = ctx.store();
    await s.products.upsert(f.product({ id: 'p_3', category: 'shoes' }));
    await s.products.upsert(f.product({ id: 'p_1' }));
    await s.products.upsert(f.product({ id: 'p_2', active: false }));
    expect((await s.products.list()).map((p) => p.id)).toEqual(['p_1', 'p_2', 'p_3']);
    expect((await s.products.list({ category: 'shirts' })).map((p) => p.id)).toEqual(['p_1', 'p_2']);
    expect((await s.products.list({ activeOnly: true })).map((p) => p.id)).toEqual(['p_1', 'p_3']);
    expect((await s.products.list({ ids: ['p_3', 'p_2', 'zz'] })).map((p) => p.id)).toEqual(['p_2', 'p_3']);
    expect(await s.products.list({ ids: [] })).toEqual([]);
    expect((await s.products.list({ limit: 2 })).map((p) => p.id)).toEqual(['p_1', 'p_2']);
  });

  it('lists conversations, open handoffs, offers, campaigns and notes', async () => {
    const s = ctx.store();
    await s.conversations.create(f.conversation({ id: 'c_old', lastActivityAt: f.at(1), handoff: 'pending' }));
    await s.conversations.create(f.conversation({ id: 'c_new', lastActivityAt: f.at(5), handoff: 'pending' }));
    await s.conversations.create(f.conversation({ id: 'c_bot', customerId: 'cus_2' }));
    expect((await s.conversations.listByCustomer('cus_1')).map((c) => c.id)).toEqual(['c_new', 'c_old']);
    expect((await s.conversations.listByHandoff('pending')).map((c) => c.id)).toEqual(['c_old', 'c_new']);
    await s.handoffs.create(f.handoff({ id: 'h_b', conversationId: 'c_new', createdAt: f.at(2) }));
    await s.handoffs.create(f.handoff({ id: 'h_a', conversationId: 'c_old', createdAt: f.at(1), status: 'agent' }));
    await s.handoffs.create(f.handoff({ id: 'h_c', conversationId: 'c_bot', status: 'resolved' }));
    expect((await s.handoffs.listOpen()).map((h) => h.id)).toEqual(['h_a', 'h_b']);
    expect((await s.handoffs.findOpenByConversation('c_old'))?.id).toBe('h_a');
    expect(await s.handoffs.findOpenByConversation('c_bot')).toBeNull();
    await s.offers.create(f.offer({ id: 'o_2', code: 'B', createdAt: f.at(2) }));
    await s.offers.create(f.offer({ id: 'o_1', code: 'A', createdAt: f.at(1), campaignId: 'camp_2' }));
    expect((await s.offers.listByCustomer('cus_1')).map((o) => o.id)).toEqual(['o_1', 'o_2']);
    expect((await s.offers.listByCampaign('camp_2')).map((o) => o.id)).toEqual(['o_1']);
    await s.campaigns.upsert(f.campaign({ id: 'k_on' }));
    await s.campaigns.upsert(f.campaign({ id: 'k_off', active: false }));
    expect((await s.campaigns.list()).map((c) => c.id)).toEqual(['k_on', 'k_off']);
    expect((await s.campaigns.list({ activeOnly: true })).map((c) => c.id)).toEqual(['k_on']);
    await s.notes.add(f.note({ id: 'n_2', at: f.at(2) }));
    await s.notes.add(f.note({ id: 'n_1', at: f.at(1), conversationId: 'c_x', customerId: 'cus_2' }));
    await s.notes.add(f.note({ id: 'n_3', kind: 'complaint' }));
    expect((await s.notes.list('nlu_review')).map((n) => n.id)).toEqual(['n_1', 'n_2']);
    expect((await s.notes.list('nlu_review', { conversationId: 'c_x' })).map((n) => n.id)).toEqual(['n_1']);
    expect((await s.notes.list('nlu_review', { customerId: 'cus_1', limit: 1 })).map((n) => n.id)).toEqual(['n_2']);
    expect((await s.notes.list('nlu_review', { newestFirst: true, limit: 1 })).map((n) => n.id)).toEqual(['n_2']);
    const updated = f.note({ id: 'n_2', at: f.at(2), text: 'now with an email', data: { email: 'a@b.c' } });
    expect(await s.notes.replace(updated)).toBe(true);
    expect(await s.notes.replace(f.note({ id: 'n_missing' }))).toBe(false);
    expect((await s.notes.list('nlu_review', { customerId: 'cus_1' })).find((n) => n.id === 'n_2')).toEqual(updated);
    expect((await s.notes.list('nlu_review')).map((n) => n.id)).toEqual(['n_1', 'n_2']);
  });

  it('deletes everything a customer owns, and nothing of anyone else', async () => {
    const s = ctx.store();
    for (const who of ['cus_1', 'cus_2']) {
      await s.identities.create(f.identity({ channelUserId: `u_${who}`, customerId: who }));
      await s.orders.create(f.order({ id: `o_${who}`, customerId: who }));
      await s.returns.create(f.returnRequest({ id: `r_${who}`, customerId: who }));
      await s.conversations.create(f.conversation({ id: `c_${who}`, customerId: who }));
      await s.events.append(f.event({ customerId: who }));
      await s.events.append(f.event({ customerId: who, type: 'purchase' }));
      await s.offers.create(f.offer({ id: `off_${who}`, code: `CODE_${who}`, customerId: who }));
      await s.notes.add(f.note({ id: `n_${who}`, customerId: who }));
    }
    expect(await s.identities.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.orders.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.returns.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.conversations.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.events.deleteByCustomer('cus_1')).toBe(2);
    expect(await s.offers.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.notes.deleteByCustomer('cus_1')).toBe(1);
    expect(await s.identities.listByCustomer('cus_1')).toEqual([]);
    expect(await s.orders.listByCustomer('cus_1')).toEqual([]);
    expect(await s.returns.listByCustomer('cus_1')).toEqual([]);
    expect(await s.conversations.listByCustomer('cus_1')).toEqual([]);
    expect(await s.events.list({ customerId: 'cus_1' })).toEqual([]);
    expect(await s.offers.listByCustomer('cus_1')).toEqual([]);
    expect(await s.notes.list('nlu_review', { customerId: 'cus_1' })).toEqual([]);
    expect(await s.identities.listByCustomer('cus_2')).toHaveLength(1);
    expect(await s.events.list({ customerId: 'cus_2' })).toHaveLength(2);
    expect(await s.notes.list('nlu_review', { customerId: 'cus_2' })).toHaveLength(1);
    expect(await s.orders.deleteByCustomer('cus_1')).toBe(0);
  });
}
