import { ManualClock } from '../../../src/core/clock';
import { silentLogger } from '../../../src/core/logger';
import { Outbound } from '../../../src/core/outbound';
import { HandoffService } from '../../../src/handoff';
import type { Order } from '../../../src/store/entities';
import type { Store } from '../../../src/store/repositories';
import { RecordingDesk, RecordingSender } from '../../support/handoff-doubles';
import {
  AFTER_HOURS,
  finishTurn,
  type Seeded,
  seedConversation,
  testPolicy,
  turnFor,
} from '../../support/handoff-fixtures';
import { openTempStore, type TempStore } from '../../support/temp-store';

describe('HandoffService', () => {
  let clock: ManualClock;
  let store: Store;
  let temp: TempStore;
  let desk: RecordingDesk;
  let webchat: RecordingSender;
  let service: HandoffService;

  beforeEach(async () => {
    clock = new ManualClock('2026-01-15T10:00:00.000Z');
    temp = await openTempStore(clock);
    store = temp.store;
    const outbound = new Outbound({ store, clock, log: silentLogger() });
    webchat = new RecordingSender('webchat');
    outbound.register(webchat);
    desk = new RecordingDesk();
    service = new HandoffService({
      store,
      outbound,
      desk,
      clock,
      log: silentLogger(),
      policy: testPolicy(),
      claimTimeoutMinutes: 10,
    });
  });

  afterEach(async () => {
    await temp.close();
  });

  async function trigger(seeded: Seeded, text = 'I want a human') {
    const ctx = await turnFor(store, clock, seeded, { text }, service);
    await ctx.requestHandoff('shopper_request', 'asked for an agent');
    await finishTurn(store, ctx);
    return ctx;
  }

  async function startHandoff(seeded?: Seeded) {
    const s = seeded ?? (await seedConversation(store, clock));
    await trigger(s);
    const handoff = await store.handoffs.findOpenByConversation(s.conversation.id);
    if (!handoff) throw new Error('no handoff started');
    return { seeded: s, handoff };
  }

  it('starts a handoff with its reason, opens a desk thread with the context, and tells the shopper', async () => {
    const order: Order = {
      id: '10234',
      customerId: 'cus_x',
      email: 'ada@example.com',
      status: 'shipped',
      items: [],
      totalCents: 4800,
      currency: 'GBP',
      shippingAddress: { name: 'Ada', line1: '1 Road', city: 'London', postcode: 'N1', country: 'GB' },
      shippingMethod: 'standard',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
    };
    await store.orders.create(order);
    const seeded = await seedConversation(store, clock, {
      state: { lastOrderId: '10234' },
      history: [
        { text: 'where is my order 10234', intent: 'order.status' },
        { text: 'It shipped on Monday.', from: 'bot' },
        { text: 'it is late!!', intent: 'complaint' },
      ],
    });
    const ctx = await turnFor(store, clock, seeded, { text: 'let me talk to a person' }, service);
    await ctx.requestHandoff('shopper_request', 'asked for an agent');
    await finishTurn(store, ctx); // the turn's later save still matches the stored version

    const handoff = await store.handoffs.findOpenByConversation(seeded.conversation.id);
    expect(handoff).toMatchObject({ status: 'pending', reason: 'shopper_request', threadChannel: 'CDESK' });
    expect((await store.conversations.get(seeded.conversation.id))?.handoff).toBe('pending');
    expect(ctx.replies.map((r) => r.text)).toEqual([expect.stringContaining('connecting you')]);

    const events = await store.events.list({ types: ['handoff_started'] });
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toMatchObject({ reason: 'shopper_request', detail: 'asked for an agent' });

    expect(desk.opened).toHaveLength(1);
    const summary = desk.opened[0]?.summary;
    expect(summary).toMatchObject({
      customer: { name: 'Ada Lovelace', email: 'ada@example.com', verified: true },
      channel: 'webchat',
      lang: 'en',
      reason: 'shopper_request',
      detail: 'asked for an agent',
      recentIntents: ['order.status', 'complaint'],
      order: { id: '10234', status: 'shipped', total: '£48.00' },
    });
    expect(summary?.transcript.map((l) => `${l.from}: ${l.text}`)).toEqual([
      'shopper: where is my order 10234',
      'bot: It shipped on Monday.',
      'shopper: it is late!!',
      'shopper: let me talk to a person',
    ]);
  });

  it('does nothing new on a repeated trigger while pending', async () => {
    const { seeded } = await startHandoff();
    const again = await trigger(seeded, 'hello?? human please');
    expect(again.replies).toEqual([]);
    expect(desk.opened).toHaveLength(1);
    expect(await store.handoffs.listOpen()).toHaveLength(1);
    expect(await store.events.list({ types: ['handoff_started'] })).toHaveLength(1);
  });

  it('starts exactly one handoff when two turns trigger at once', async () => {
    const seeded = await seedConversation(store, clock);
    const a = await turnFor(store, clock, seeded, { text: 'agent' }, service);
    const b = await turnFor(store, clock, seeded, { text: 'agent!!' }, service);
    await Promise.all([a.requestHandoff('shopper_request'), b.requestHandoff('frustration')]);
    expect(await store.handoffs.listOpen()).toHaveLength(1);
    expect(desk.opened).toHaveLength(1);
    expect(a.conversation.handoff).toBe('pending');
    expect(b.conversation.handoff).toBe('pending');
  });

  it('outside contact hours offers email follow-up, records one ticket and stays with the bot', async () => {
    clock.set(AFTER_HOURS);
    const seeded = await seedConversation(store, clock);
    const ctx = await trigger(seeded);
    expect(ctx.replies[0]?.text).toMatch(/Monday to Saturday, 09:00–18:00, United Kingdom Time/);
    expect(ctx.replies[0]?.text).toMatch(/ada@example\.com/);
    await trigger(seeded, 'please, a human');
    expect(await store.handoffs.listOpen()).toEqual([]);
    expect((await store.conversations.get(seeded.conversation.id))?.handoff).toBe('bot');
    const tickets = await store.notes.list('ticket', { conversationId: seeded.conversation.id });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.data).toMatchObject({
      cause: 'out_of_hours',
      reason: 'shopper_request',
      email: 'ada@example.com',
    });
    expect(desk.opened).toEqual([]);
  });

  it('answers in the shopper language', async () => {
    clock.set(AFTER_HOURS);
    const seeded = await seedConversation(store, clock, { lang: 'zh', customer: { email: undefined } });
    const ctx = await trigger(seeded, '转人工');
    expect(ctx.replies[0]?.text).toContain('星期一至星期六 09:00–18:00 英国时间');
    expect(ctx.replies[0]?.text).toContain('hello@maple-and-thread.example');
  });

  it('relays shopper messages to the desk while pending or agent, and the bot stays silent', async () => {
    const seeded = await seedConversation(store, clock);
    const idle = await turnFor(store, clock, seeded, { text: 'hi' }, service);
    expect(await service.relayIfOwned(idle)).toBe(false);

    const { handoff } = await startHandoff(seeded);
    const first = await turnFor(store, clock, seeded, { text: 'are you there?' }, service);
    expect(await service.relayIfOwned(first)).toBe(true);
    expect(first.replies.map((r) => r.text)).toEqual([expect.stringMatching(/with you shortly/)]);
    const second = await turnFor(store, clock, seeded, { text: 'hello?' }, service);
    expect(await service.relayIfOwned(second)).toBe(true);
    expect(second.replies).toEqual([]);

    await service.claim(handoff.id, 'U_AGENT');
    const third = await turnFor(store, clock, seeded, { text: 'thanks' }, service);
    expect(await service.relayIfOwned(third)).toBe(true);
    expect(third.replies).toEqual([]);
    expect(desk.shopperMessages.map((m) => m.text)).toEqual(['are you there?', 'hello?', 'thanks']);
  });

  it('an agent reply claims the handoff and reaches the shopper through the channel sender', async () => {
    const { seeded, handoff } = await startHandoff();
    const result = await service.agentReply({ channel: 'CDESK', ts: handoff.threadTs ?? '' }, 'U_AGENT', 'Hi Ada!');
    expect(result.ok).toBe(true);
    expect(await store.handoffs.get(handoff.id)).toMatchObject({ status: 'agent', agentId: 'U_AGENT' });
    expect((await store.conversations.get(seeded.conversation.id))?.handoff).toBe('agent');
    expect(webchat.sent.map((s) => s.replies[0])).toEqual([
      { text: expect.stringMatching(/joined/), from: 'system' },
      { text: 'Hi Ada!', from: 'agent' },
    ]);
    expect(webchat.sent[1]?.ref).toEqual(seeded.conversation.ref);
    expect(desk.statuses).toEqual([{ handoffId: handoff.id, status: 'agent' }]);
    // The agent's words are in the transcript, as the shopper saw them.
    const tail = await store.messages.tail(seeded.conversation.id, 1);
    expect(tail[0]).toMatchObject({ direction: 'out', text: 'Hi Ada!' });
  });

  it('lets only one agent claim', async () => {
    const { handoff } = await startHandoff();
    const [a, b] = await Promise.all([service.claim(handoff.id, 'U_A'), service.claim(handoff.id, 'U_B')]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await service.claim('H-NOPE', 'U_A')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('resolve returns control to the bot and asks for a rating; the rating is stored once', async () => {
    const { seeded, handoff } = await startHandoff();
    await service.claim(handoff.id, 'U_AGENT');
    const resolved = await service.resolve(handoff.id, 'U_AGENT');
    expect(resolved.ok).toBe(true);
    const conv = await store.conversations.get(seeded.conversation.id);
    expect(conv?.handoff).toBe('bot');
    expect(conv?.state.lastHandoffId).toBe(handoff.id);
    const ask = webchat.sent.at(-1)?.replies[0];
    expect(ask?.text).toMatch(/rate/);
    expect(ask?.quickReplies?.map((q) => q.payload)).toEqual(['csat:1', 'csat:2', 'csat:3', 'csat:4', 'csat:5']);
    expect(desk.statuses.at(-1)).toEqual({ handoffId: handoff.id, status: 'resolved' });

    const next = await turnFor(store, clock, seeded, { text: 'ok' }, service);
    expect(await service.relayIfOwned(next)).toBe(false);

    const press = await turnFor(store, clock, seeded, { payload: 'csat:4' }, service);
    expect(await service.handleCsatPayload(press)).toBe(true);
    expect(press.replies[0]?.text).toMatch(/feedback/);
    expect(await service.handleCsat(seeded.conversation.id, 5)).toBe(false);
    expect((await store.handoffs.get(handoff.id))?.csat).toBe(4);
    const notes = await store.notes.list('csat', { conversationId: seeded.conversation.id });
    expect(notes.map((n) => n.data)).toEqual([expect.objectContaining({ handoffId: handoff.id, score: 4 })]);
    expect(await service.resolve(handoff.id, 'U_AGENT')).toMatchObject({ ok: false, reason: 'closed' });
  });

  it('leaves ratings that do not answer a recent handoff to the dialogue (the bot’s own rating)', async () => {
    const { seeded, handoff } = await startHandoff();
    const noHandoffYet = await turnFor(store, clock, seeded, { payload: 'csat:5' }, service);
    noHandoffYet.conversation.state = {};
    expect(await service.handlePayload(noHandoffYet)).toBe(false);
    await service.claim(handoff.id, 'U_AGENT');
    await service.resolve(handoff.id, 'U_AGENT');
    clock.advance(2 * 60 * 60_000);
    const muchLater = await turnFor(store, clock, seeded, { payload: 'csat:2' }, service);
    expect(await service.handlePayload(muchLater)).toBe(false);
    expect((await store.handoffs.get(handoff.id))?.csat).toBeUndefined();
  });

  it('times out unclaimed handoffs: shopper offered email, ticket stored, back to the bot', async () => {
    const { seeded, handoff } = await startHandoff();
    const claimedOne = await startHandoff();
    await service.claim(claimedOne.handoff.id, 'U_AGENT');
    clock.advance(9 * 60_000);
    expect(await service.sweepTimeouts(clock.now())).toBe(0);
    clock.advance(60_000);
    expect(await service.sweepTimeouts(clock.now())).toBe(1);
    expect(await service.sweepTimeouts(clock.now())).toBe(0);

    expect((await store.handoffs.get(handoff.id))?.status).toBe('timed_out');
    expect((await store.handoffs.get(claimedOne.handoff.id))?.status).toBe('agent');
    expect((await store.conversations.get(seeded.conversation.id))?.handoff).toBe('bot');
    const told = webchat.sent.filter(
      (s) => s.ref.channelConversationId === seeded.conversation.ref.channelConversationId,
    );
    expect(told.at(-1)?.replies[0]?.text).toMatch(/no one from our team is free.*ada@example\.com/);
    const tickets = await store.notes.list('ticket', { conversationId: seeded.conversation.id });
    expect(tickets[0]?.data).toMatchObject({ cause: 'timeout', handoffId: handoff.id });
    expect(desk.notices.map((n) => n.handoffId)).toEqual([handoff.id]);
    expect(await store.events.list({ types: ['handoff_timed_out'] })).toHaveLength(1);
  });

  it('keeps internal notes away from the shopper', async () => {
    const { seeded, handoff } = await startHandoff();
    const note = await service.addNote(handoff.id, 'U_AGENT', 'customer is a VIP, refund shipping');
    expect(note).toMatchObject({ kind: 'agent_note', conversationId: seeded.conversation.id });
    expect(webchat.sent).toEqual([]);
    const stored = await store.notes.list('agent_note', { conversationId: seeded.conversation.id });
    expect(stored.map((n) => n.text)).toEqual(['customer is a VIP, refund shipping']);
  });

  it('does not deliver agent messages into a closed handoff', async () => {
    const { handoff } = await startHandoff();
    await service.resolve(handoff.id, 'U_AGENT');
    const before = webchat.sent.length;
    const late = await service.agentReply({ channel: 'CDESK', ts: handoff.threadTs ?? '' }, 'U_AGENT', 'one more');
    expect(late).toMatchObject({ ok: false, reason: 'closed' });
    expect(webchat.sent).toHaveLength(before);
    expect(desk.notices.at(-1)?.text).toMatch(/closed/);
  });

  it('falls back to email when the desk cannot open a thread', async () => {
    desk.failOpen = true;
    const seeded = await seedConversation(store, clock);
    const ctx = await trigger(seeded);
    expect(ctx.replies.map((r) => r.text)).toEqual([expect.stringMatching(/can't reach our team/)]);
    expect(await store.handoffs.listOpen()).toEqual([]);
    expect((await store.conversations.get(seeded.conversation.id))?.handoff).toBe('bot');
    expect(await store.notes.list('ticket', { conversationId: seeded.conversation.id })).toHaveLength(1);
  });

  it('without a desk at all, offers email follow-up', async () => {
    const outbound = new Outbound({ store, clock, log: silentLogger() });
    const deskless = new HandoffService({
      store,
      outbound,
      clock,
      log: silentLogger(),
      policy: testPolicy(),
      claimTimeoutMinutes: 10,
    });
    const seeded = await seedConversation(store, clock);
    const ctx = await turnFor(store, clock, seeded, { text: 'human' }, deskless);
    await ctx.requestHandoff('complaint');
    expect(ctx.replies[0]?.text).toMatch(/can't reach our team/);
    expect(await store.handoffs.listOpen()).toEqual([]);
  });

  it('heals a conversation whose mirror says pending without an open handoff', async () => {
    const seeded = await seedConversation(store, clock);
    const stored = await store.conversations.get(seeded.conversation.id);
    if (!stored) throw new Error('missing');
    await store.conversations.save({ ...stored, handoff: 'pending' });
    const ctx = await turnFor(store, clock, seeded, { text: 'hi' }, service);
    expect(await service.relayIfOwned(ctx)).toBe(false);
    expect(ctx.conversation.handoff).toBe('bot');
    await finishTurn(store, ctx);
  });
});
