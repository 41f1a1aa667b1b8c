/** Unique keys, optimistic concurrency, compare-and-set, and races between store instances. */
import { ConflictError, DuplicateError } from '../../../src/core/errors';
import * as f from '../fixtures';
import type { ContractContext } from '../harness';

export function constraintCases(ctx: ContractContext): void {
  it('allows one identity per channel user', async () => {
    const s = ctx.store();
    await s.identities.create(f.identity());
    await expect(s.identities.create(f.identity({ customerId: 'cus_other' }))).rejects.toBeInstanceOf(DuplicateError);
    // Same user id on another channel is another identity.
    await s.identities.create(f.identity({ channel: 'webchat' }));
    expect((await s.identities.get('telegram', 'tg_42'))?.customerId).toBe('cus_1');
  });

  it('rejects duplicate ids and offer codes', async () => {
    const s = ctx.store();
    await s.customers.create(f.customer());
    await expect(s.customers.create(f.customer({ name: 'Impostor' }))).rejects.toBeInstanceOf(DuplicateError);
    expect((await s.customers.get('cus_1'))?.name).toBe('Ada Lovelace');
    await s.orders.create(f.order());
    await expect(s.orders.create(f.order())).rejects.toBeInstanceOf(DuplicateError);
    await s.conversations.create(f.conversation());
    await expect(s.conversations.create(f.conversation())).rejects.toBeInstanceOf(DuplicateError);
    await s.offers.create(f.offer());
    await expect(s.offers.create(f.offer({ id: 'off_2' }))).rejects.toBeInstanceOf(DuplicateError);
  });

  it('lets exactly one of two writers from the same version save a conversation', async () => {
    const s = ctx.store();
    await s.conversations.create(f.conversation({ version: 7 }));
    const first = await s.conversations.get('webchat:conv_1');
    const second = await s.conversations.get('webchat:conv_1');
    if (!first || !second) throw new Error('conversation missing');
    expect(first.version).toBe(1);
    const saved = await s.conversations.save({ ...first, state: { turns: 3 } });
    expect(saved.version).toBe(2);
    await expect(s.conversations.save({ ...second, state: { turns: 99 } })).rejects.toBeInstanceOf(ConflictError);
    expect(await s.conversations.get('webchat:conv_1')).toEqual({ ...first, state: { turns: 3 }, version: 2 });
    // The loser retries from fresh state and wins.
    const fresh = await s.conversations.get('webchat:conv_1');
    if (!fresh) throw new Error('conversation missing');
    expect((await s.conversations.save({ ...fresh, handoff: 'pending' })).version).toBe(3);
  });

  it('settles concurrent saves from two store instances: one winner', async () => {
    const a = ctx.store();
    const b = await ctx.openAnother();
    await a.conversations.create(f.conversation());
    const base = await a.conversations.get('webchat:conv_1');
    if (!base) throw new Error('conversation missing');
    const results = await Promise.allSettled([
      a.conversations.save({ ...base, state: { by: 'a' } }),
      b.conversations.save({ ...base, state: { by: 'b' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await b.conversations.get('webchat:conv_1'))?.version).toBe(2);
  });

  it('dedupes deliveries: claim once, repeat is false, release and sweep forget', async () => {
    const s = ctx.store();
    expect(await s.deliveries.claim('telegram', 'upd_1', f.at(60))).toBe(true);
    expect(await s.deliveries.claim('telegram', 'upd_1', f.at(60))).toBe(false);
    expect(await s.deliveries.claim('webchat', 'upd_1', f.at(60))).toBe(true);
    await s.deliveries.release('webchat', 'upd_1');
    expect(await s.deliveries.claim('webchat', 'upd_1', f.at(60))).toBe(true);
    expect(await s.deliveries.claim('telegram', 'upd_2', f.at(120))).toBe(true);
    expect(await s.deliveries.sweep(f.at(59))).toBe(0);
    expect(await s.deliveries.sweep(f.at(60))).toBe(2);
    expect(await s.deliveries.claim('telegram', 'upd_1', f.at(180))).toBe(true);
    expect(await s.deliveries.claim('telegram', 'upd_2', f.at(180))).toBe(false);
  });

  it('lets exactly one of two store instances claim the same delivery', async () => {
    const a = ctx.store();
    const b = await ctx.openAnother();
    for (let round = 0; round < 10; round++) {
      const id = `race_${round}`;
      const claims = await Promise.all([
        a.deliveries.claim('webchat', id, f.at(60)),
        b.deliveries.claim('webchat', id, f.at(60)),
        a.deliveries.claim('webchat', id, f.at(60)),
        b.deliveries.claim('webchat', id, f.at(60)),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
    }
  });

  it('keeps sequence numbers unique and counters exact across instances', async () => {
    const a = ctx.store();
    const b = await ctx.openAnother();
    const appends = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? a : b).messages.append(f.message({ text: `m${i}` })),
    );
    const seqs = (await Promise.all(appends)).map((m) => m.seq);
    expect(new Set(seqs).size).toBe(20);
    const listed = await a.messages.list('webchat:conv_1');
    expect(listed.map((m) => m.seq)).toEqual([...seqs].sort((x, y) => x - y));
    const increments = Array.from({ length: 10 }, (_, i) =>
      (i % 2 === 0 ? a : b).kv.increment('rate:v1', 1, f.at(60), f.T0),
    );
    const counts = await Promise.all(increments);
    expect([...counts].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await b.kv.get('rate:v1')).toBe('10');
  });

  it('moves a handoff only from the expected status (compare-and-set)', async () => {
    const s = ctx.store();
    await s.handoffs.create(f.handoff());
    const claimA = s.handoffs.transition('h_1', 'pending', { status: 'agent', agentId: 'U_A', claimedAt: f.at(1) });
    const claimB = s.handoffs.transition('h_1', 'pending', { status: 'agent', agentId: 'U_B', claimedAt: f.at(1) });
    const [a, b] = await Promise.all([claimA, claimB]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const claimed = await s.handoffs.get('h_1');
    expect(claimed?.agentId).toBe(a ? 'U_A' : 'U_B');
    expect(await s.handoffs.transition('h_1', 'pending', { status: 'timed_out' })).toBe(false);
    expect(await s.handoffs.transition('nope', 'pending', { status: 'agent' })).toBe(false);
    expect(await s.handoffs.transition('h_1', 'agent', { status: 'resolved', closedAt: f.at(9), csat: 4 })).toBe(true);
    expect(await s.handoffs.get('h_1')).toEqual({ ...claimed, status: 'resolved', closedAt: f.at(9), csat: 4 });
  });

  it('keeps one open handoff per conversation and one handoff per thread', async () => {
    const s = ctx.store();
    await s.handoffs.create(f.handoff({ threadChannel: 'C1', threadTs: '1.1' }));
    await expect(s.handoffs.create(f.handoff({ id: 'h_2' }))).rejects.toBeInstanceOf(DuplicateError);
    await expect(
      s.handoffs.create(
        f.handoff({ id: 'h_3', conversationId: 'webchat:other', threadChannel: 'C1', threadTs: '1.1' }),
      ),
    ).rejects.toBeInstanceOf(DuplicateError);
    // Handoffs without a thread do not collide with each other.
    await s.handoffs.create(f.handoff({ id: 'h_4', conversationId: 'webchat:c4' }));
    await s.handoffs.create(f.handoff({ id: 'h_5', conversationId: 'webchat:c5' }));
    // Once closed, the conversation may hand off again.
    expect(await s.handoffs.transition('h_1', 'pending', { status: 'timed_out', closedAt: f.at(10) })).toBe(true);
    await s.handoffs.create(f.handoff({ id: 'h_2' }));
    expect((await s.handoffs.findOpenByConversation('webchat:conv_1'))?.id).toBe('h_2');
    // The closed handoff still owns its thread.
    expect((await s.handoffs.findByThread('C1', '1.1'))?.id).toBe('h_1');
    expect(
      await s.handoffs.transition('h_2', 'pending', { status: 'agent', threadChannel: 'C2', threadTs: '2.2' }),
    ).toBe(true);
    expect((await s.handoffs.findByThread('C2', '2.2'))?.id).toBe('h_2');
  });
}
