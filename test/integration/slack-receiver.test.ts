/**
 * The transport half of the Slack adapter over HTTP: signatures, url_verification, redelivered events,
 * acknowledging before the work is done.
 */
import { slackSignature } from '../../adapters/slack/signature';
import type { Handoff } from '../../src/handoff';
import { finishTurn, seedConversation, turnFor } from '../support/handoff-fixtures';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness';
import { messageEvent } from '../support/slack-payloads';
import { SLACK_SECRET } from '../support/slack-requests';

describe('Slack receiver', () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startSlackHarness();
  });

  afterEach(async () => {
    await h.close();
  });

  async function openThread(): Promise<string> {
    const seeded = await seedConversation(h.store, h.clock);
    const ctx = await turnFor(h.store, h.clock, seeded, { text: 'human please' }, h.service);
    await ctx.requestHandoff('shopper_request');
    await finishTurn(h.store, ctx);
    const handoff = (await h.store.handoffs.findOpenByConversation(seeded.conversation.id)) as Handoff;
    return handoff.threadTs as string;
  }

  it('answers the url_verification challenge of a signed request', async () => {
    const res = await h.postEvent({ type: 'url_verification', token: 't', challenge: 'abc123' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('rejects a forged signature with 401 and does nothing', async () => {
    const threadTs = await openThread();
    const body = JSON.stringify(messageEvent({ user: 'UAGENT', text: 'forged', thread_ts: threadTs }));
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const forged = slackSignature('guessed-secret', now, body);
    const res = await h.post(body, 'application/json', { signature: forged });
    expect(res.status).toBe(401);
    const unsigned = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.status).toBe(401);
    await h.adapter.idle();
    expect(h.webchat.sent).toEqual([]);
  });

  it('rejects a correctly signed request with a stale timestamp (replay)', async () => {
    const threadTs = await openThread();
    const body = JSON.stringify(messageEvent({ user: 'UAGENT', text: 'replayed', thread_ts: threadTs }));
    const old = Math.floor(h.clock.now().getTime() / 1000) - 6 * 60;
    const res = await h.post(body, 'application/json', {
      timestamp: old,
      signature: slackSignature(SLACK_SECRET, old, body),
    });
    expect(res.status).toBe(401);
    await h.adapter.idle();
    expect(h.webchat.sent).toEqual([]);
  });

  it('answers a retried event but delivers it once', async () => {
    const threadTs = await openThread();
    const event = messageEvent({ user: 'UAGENT', text: 'only once please', thread_ts: threadTs }, 'EvRETRY1');
    expect((await h.postEvent(event)).status).toBe(200);
    const retry = await h.postEvent(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await h.adapter.idle();
    expect(h.webchat.texts().filter((t) => t === 'only once please')).toHaveLength(1);
  });

  it('acknowledges an event before the work behind it is finished', async () => {
    const threadTs = await openThread();
    const release = h.webchat.hold();
    const res = await h.postEvent(messageEvent({ user: 'UAGENT', text: 'slow channel', thread_ts: threadTs }));
    // The HTTP answer came back while the shopper's channel is still holding the send.
    expect(res.status).toBe(200);
    expect(h.webchat.sent).toEqual([]);
    release();
    await h.adapter.idle();
    expect(h.webchat.texts()).toContain('slow channel');
  });

  it('answers 400 to a signed but malformed body, and 200 to ssl_check', async () => {
    expect((await h.post('{not json', 'application/json')).status).toBe(400);
    expect((await h.post('ssl_check=1&token=x', 'application/x-www-form-urlencoded')).status).toBe(200);
  });
});
