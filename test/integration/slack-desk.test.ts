/**
 * The Slack agent desk over HTTP: signed Events API / interactivity / slash-command requests into our
 * express app, the bot's Web API calls into a local fake, shoppers reached through recording senders.
 */
import type { types } from '@slack/bolt';
import type { ChannelId } from '../../src/core/message';
import type { Handoff } from '../../src/handoff';
import type { SlackCall } from '../support/fake-slack-api';
import { AFTER_HOURS, finishTurn, seedConversation, turnFor } from '../support/handoff-fixtures';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness';
import { buttonPress, messageEvent, slashCommand } from '../support/slack-payloads';

function blocksOf(call: SlackCall | undefined): types.KnownBlock[] {
  return (call?.args.blocks ?? []) as types.KnownBlock[];
}

/** Everything readable in a block list, for loose assertions on what agents see. */
function blockText(blocks: types.KnownBlock[]): string {
  return JSON.stringify(blocks);
}

function actionIds(blocks: types.KnownBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? String(e.action_id) : '')) : [],
  );
}

describe('Slack agent desk', () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startSlackHarness();
  });

  afterEach(async () => {
    await h.close();
  });

  async function startHandoff(channel: ChannelId = 'webchat', history = true) {
    const seeded = await seedConversation(h.store, h.clock, {
      channel,
      ...(history ? { history: [{ text: 'my parcel never arrived', intent: 'order.status' }] } : {}),
    });
    const ctx = await turnFor(h.store, h.clock, seeded, { text: 'I want to talk to a human' }, h.service);
    await ctx.requestHandoff('shopper_request');
    await finishTurn(h.store, ctx);
    const handoff = (await h.store.handoffs.findOpenByConversation(seeded.conversation.id)) as Handoff;
    return { seeded, handoff, ctx, threadTs: handoff.threadTs as string };
  }

  it('verifies the token at start and opens a thread with context blocks and buttons on a trigger', async () => {
    expect(h.fake.callsOf('auth.test')).toHaveLength(1);
    expect(h.fake.callsOf('auth.test')[0]?.token).toBe('xoxb-test-token');
    const { handoff, ctx } = await startHandoff();
    expect(ctx.replies[0]?.text).toMatch(/connecting you/);

    const post = h.fake.callsOf('chat.postMessage')[0];
    expect(post?.args.channel).toBe('#support');
    expect(handoff).toMatchObject({ threadChannel: 'CSUPPORT', threadTs: expect.any(String) });
    const blocks = blocksOf(post);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: `Handoff ${handoff.id}` } });
    const text = blockText(blocks);
    for (const expected of [
      'Ada Lovelace',
      'ada@example.com',
      'webchat',
      'shopper_request',
      'order.status',
      'my parcel never arrived',
      'I want to talk to a human',
    ]) {
      expect(text).toContain(expected);
    }
    expect(actionIds(blocks)).toEqual(['concierge_claim', 'concierge_resolve']);
  });

  it('delivers agent thread replies to shoppers on web chat and Telegram', async () => {
    const web = await startHandoff('webchat');
    const tg = await startHandoff('telegram');

    await h.postEvent(messageEvent({ user: 'UAGENT', text: 'Hello from the team', thread_ts: web.threadTs }));
    await h.postEvent(messageEvent({ user: 'UAGENT2', text: '你好，我来帮您', thread_ts: tg.threadTs }));
    await h.adapter.idle();

    expect(h.webchat.sent.map((s) => s.replies[0])).toContainEqual({ text: 'Hello from the team', from: 'agent' });
    expect(h.webchat.sent.at(-1)?.ref).toEqual(web.seeded.conversation.ref);
    expect(h.telegram.sent.map((s) => s.replies[0]?.text)).toContain('你好，我来帮您');
    expect(h.telegram.sent.at(-1)?.ref).toEqual(tg.seeded.conversation.ref);
    expect(await h.store.handoffs.get(web.handoff.id)).toMatchObject({ status: 'agent', agentId: 'UAGENT' });

    // The header now shows who claimed it, and only Resolve remains.
    const update = h.fake.callsOf('chat.update').find((c) => c.args.ts === web.threadTs);
    expect(blockText(blocksOf(update))).toContain('Claimed by <@UAGENT>');
    expect(actionIds(blocksOf(update))).toEqual(['concierge_resolve']);
  });

  it('keeps the bot silent while an agent owns the conversation and relays the shopper into the thread', async () => {
    const { seeded, threadTs } = await startHandoff();
    await h.postEvent(messageEvent({ user: 'UAGENT', text: 'Hi, checking now', thread_ts: threadTs }));
    await h.adapter.idle();

    const ctx = await turnFor(h.store, h.clock, seeded, { text: 'thanks <@U123> & co' }, h.service);
    expect(await h.service.relayIfOwned(ctx)).toBe(true);
    expect(ctx.replies).toEqual([]);
    const relayed = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs);
    // Shopper text is escaped: it cannot mention people or inject links in the desk.
    expect(relayed.args.text).toBe(':speech_balloon: *Shopper:* thanks &lt;@U123&gt; &amp; co');
  });

  it('Claim and Resolve buttons drive the state machine; resolve asks the shopper for a rating', async () => {
    const { seeded, handoff, threadTs } = await startHandoff();

    const claim = await h.postAction(buttonPress('concierge_claim', handoff.id, threadTs));
    expect(claim.status).toBe(200);
    await h.adapter.idle();
    expect((await h.store.handoffs.get(handoff.id))?.status).toBe('agent');
    expect(h.webchat.texts()).toEqual([expect.stringMatching(/joined/)]);

    // A second agent pressing Claim is told privately who has it.
    await h.postAction(buttonPress('concierge_claim', handoff.id, threadTs, 'UOTHER'));
    await h.adapter.idle();
    const ephemeral = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.args.user === 'UOTHER');
    expect(ephemeral.args.text).toMatch(/already claimed by <@UAGENT>/);

    await h.postAction(buttonPress('concierge_resolve', handoff.id, threadTs));
    await h.adapter.idle();
    expect((await h.store.handoffs.get(handoff.id))?.status).toBe('resolved');
    expect((await h.store.conversations.get(seeded.conversation.id))?.handoff).toBe('bot');
    const ask = h.webchat.sent.at(-1)?.replies[0];
    expect(ask?.quickReplies?.map((q) => q.payload)).toEqual(['csat:1', 'csat:2', 'csat:3', 'csat:4', 'csat:5']);
    const last = h.fake.callsOf('chat.update').at(-1);
    expect(blockText(blocksOf(last))).toContain('Resolved by <@UAGENT>');
    expect(actionIds(blocksOf(last))).toEqual([]);

    const next = await turnFor(h.store, h.clock, seeded, { text: 'one more question' }, h.service);
    expect(await h.service.relayIfOwned(next)).toBe(false);
  });

  it('/concierge list, note and resolve answer the agent privately; notes never reach the shopper', async () => {
    const { seeded, handoff } = await startHandoff();
    const list = await h.postCommand(slashCommand('list'));
    expect(list.status).toBe(200);
    const listed = (await list.json()) as { response_type: string; text: string };
    expect(listed.response_type).toBe('ephemeral');
    expect(listed.text).toContain(handoff.id);
    expect(listed.text).toContain('waiting');

    const note = await h.postCommand(slashCommand(`note ${handoff.id} VIP customer,\nrefund the shipping`));
    expect(((await note.json()) as { text: string }).text).toMatch(/Note saved/);
    const notes = await h.store.notes.list('agent_note', { conversationId: seeded.conversation.id });
    expect(notes.map((n) => n.text)).toEqual(['VIP customer,\nrefund the shipping']);

    const resolve = await h.postCommand(slashCommand(`resolve ${handoff.id}`));
    expect(((await resolve.json()) as { text: string }).text).toBe(`Handoff \`${handoff.id}\` resolved.`);
    const empty = await h.postCommand(slashCommand('list'));
    expect(((await empty.json()) as { text: string }).text).toBe('No open handoffs.');
    expect(h.webchat.texts().join('\n')).not.toContain('VIP');
    expect(((await (await h.postCommand(slashCommand(''))).json()) as { text: string }).text).toContain(
      '/concierge list',
    );
  });

  it('a thread reply starting with !note is stored as an internal note and not sent', async () => {
    const { seeded, threadTs } = await startHandoff();
    await h.postEvent(
      messageEvent({ user: 'UAGENT', text: '!note shopper sounds upset, be gentle', thread_ts: threadTs }),
    );
    await h.adapter.idle();
    expect(h.webchat.sent).toEqual([]);
    const notes = await h.store.notes.list('agent_note', { conversationId: seeded.conversation.id });
    expect(notes.map((n) => n.text)).toEqual(['shopper sounds upset, be gentle']);
    expect(h.fake.callsOf('chat.postEphemeral')[0]?.args).toMatchObject({ user: 'UAGENT', thread_ts: threadTs });
  });

  it('treats a reply also sent to the channel (thread_broadcast) as a reply', async () => {
    const { threadTs } = await startHandoff();
    await h.postEvent(
      messageEvent({
        subtype: 'thread_broadcast',
        user: 'UAGENT',
        text: 'Sorted: a new parcel ships today',
        thread_ts: threadTs,
        root: { type: 'message', ts: threadTs, thread_ts: threadTs, text: 'Handoff' },
      }),
    );
    await h.adapter.idle();
    expect(h.webchat.texts()).toContain('Sorted: a new parcel ships today');
  });

  it('ignores bot posts, edits, top-level messages and threads that are not handoffs', async () => {
    const { threadTs } = await startHandoff();
    await h.postEvent(
      messageEvent({ bot_id: 'BBOT', user: 'UBOT', text: ':speech_balloon: relay', thread_ts: threadTs }),
    );
    await h.postEvent(
      messageEvent({ subtype: 'message_changed', hidden: true, thread_ts: threadTs, message: { text: 'x' } }),
    );
    await h.postEvent(messageEvent({ user: 'UAGENT', text: 'lunch?' }));
    await h.postEvent(messageEvent({ user: 'UAGENT', text: 'unrelated', thread_ts: '1111.2222' }));
    await h.adapter.idle();
    expect(h.webchat.sent).toEqual([]);
  });

  it('times out an unclaimed handoff: the thread says so, the shopper is offered email', async () => {
    const { threadTs } = await startHandoff();
    h.clock.advance(10 * 60_000);
    expect(await h.service.sweepTimeouts(h.clock.now())).toBe(1);
    const notice = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs);
    expect(notice.args.text).toMatch(/No one claimed this within 10 minutes/);
    expect(blockText(blocksOf(h.fake.callsOf('chat.update').at(-1)))).toContain('Timed out unclaimed');
    expect(h.webchat.texts().at(-1)).toMatch(/no one from our team is free.*ada@example\.com/);
  });

  it('outside contact hours nothing is posted to Slack and the shopper is offered email', async () => {
    h.clock.set(AFTER_HOURS);
    const seeded = await seedConversation(h.store, h.clock);
    const ctx = await turnFor(h.store, h.clock, seeded, { text: 'agent please' }, h.service);
    await ctx.requestHandoff('shopper_request');
    expect(ctx.replies[0]?.text).toMatch(
      /Our team is available Monday to Saturday, 09:00–18:00, United Kingdom Time, so/,
    );
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
    expect(await h.store.notes.list('ticket', { conversationId: seeded.conversation.id })).toHaveLength(1);
  });

  it('waits out a 429 as long as Retry-After says, then posts', async () => {
    h.fake.rateLimitNext('chat.postMessage', 7);
    const { handoff } = await startHandoff();
    expect(h.sleeps).toEqual([7000]);
    expect(h.fake.calls.map((c) => c.method).filter((m) => m.startsWith('chat.postMessage'))).toEqual([
      'chat.postMessage#429',
      'chat.postMessage',
    ]);
    expect(handoff.threadTs).toBeDefined();
  });

  it('gives up on a Retry-After too long for a waiting shopper and offers email instead', async () => {
    h.fake.rateLimitNext('chat.postMessage', 120);
    const seeded = await seedConversation(h.store, h.clock);
    const ctx = await turnFor(h.store, h.clock, seeded, { text: 'human' }, h.service);
    await ctx.requestHandoff('frustration');
    expect(h.sleeps).toEqual([]);
    expect(ctx.replies[0]?.text).toMatch(/can't reach our team/);
    expect(await h.store.handoffs.listOpen()).toEqual([]);
    expect(await h.store.notes.list('ticket', { conversationId: seeded.conversation.id })).toHaveLength(1);
  });
});
