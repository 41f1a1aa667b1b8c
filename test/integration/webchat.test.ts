import { ManualClock } from '../../src/core/clock';
import type { Reply } from '../../src/core/message';
import { type Fixture, startFixture } from '../e2e/fixture';
import { call, SseClient } from '../e2e/http-client';

interface Session {
  token: string;
  conversationId: string;
}

describe('web chat API over HTTP', () => {
  let fx: Fixture;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = new ManualClock('2026-01-15T10:00:00.000Z');
    fx = await startFixture({ clock, heartbeatMs: 50 });
  });
  afterAll(() => fx.close());

  async function newSession(): Promise<Session> {
    const res = await call(`${fx.url}/api/webchat/sessions`, { body: { lang: 'en' } });
    expect(res.status).toBe(201);
    return res.body as Session;
  }

  it('creates a session and resumes it with the stored token', async () => {
    const session = await newSession();
    expect(session.token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(session.conversationId).toMatch(/^c_/);
    clock.advance(60_000);
    const resumed = await call(`${fx.url}/api/webchat/sessions`, { body: { token: session.token } });
    expect(resumed.status).toBe(200);
    const body = resumed.body as Session & { resumed: boolean };
    expect(body.conversationId).toBe(session.conversationId);
    expect(body.resumed).toBe(true);
    // A refreshed token: same conversation, later issue time.
    expect(body.token).not.toBe(session.token);
  });

  it('answers a message with replies and maps it to a webchat Message', async () => {
    const session = await newSession();
    const res = await call(`${fx.url}/api/webchat/messages`, {
      token: session.token,
      body: { text: '  hello there  ', clientMessageId: 'msg-1', lang: 'en-GB' },
    });
    expect(res.status).toBe(200);
    const { replies, duplicate } = res.body as { replies: Reply[]; duplicate: boolean };
    expect(duplicate).toBe(false);
    expect(replies[0]?.text).toMatch(/^Hello!/);
    expect(replies[0]?.quickReplies?.map((q) => q.payload)).toEqual(['ORDER_STATUS', 'SHOW_KNITWEAR']);
    const message = fx.handler.received.at(-1);
    expect(message).toMatchObject({
      channel: 'webchat',
      channelConversationId: session.conversationId,
      text: 'hello there',
      localeHint: 'en-GB',
      ref: { channel: 'webchat', channelConversationId: session.conversationId },
    });
    expect(message?.channelUserId).toMatch(/^v_/);
    expect(message?.ref.channelUserId).toBe(message?.channelUserId);
    expect(message?.deliveryId).toBe(`${message?.channelUserId}:msg-1`);
  });

  it('sends a pressed button as payload with its label, and returns product cards', async () => {
    const session = await newSession();
    const res = await call(`${fx.url}/api/webchat/messages`, {
      token: session.token,
      body: { payload: 'SHOW_KNITWEAR', label: 'Show knitwear' },
    });
    expect(res.status).toBe(200);
    const [reply] = (res.body as { replies: Reply[] }).replies;
    expect(reply?.cards?.length).toBe(3);
    expect(reply?.cards?.[0]?.buttons?.[0]).toEqual({ label: 'Add to bag', payload: 'ADD:p-sweater' });
    expect(fx.handler.received.at(-1)).toMatchObject({ payload: 'SHOW_KNITWEAR', text: 'Show knitwear' });
    // Without a clientMessageId the server makes one up.
    expect(fx.handler.received.at(-1)?.deliveryId).toMatch(/^v_[\w-]+:m_[\w-]+$/);
  });

  it('answers a retried message (same clientMessageId) only once', async () => {
    const session = await newSession();
    const before = fx.handler.answered;
    const send = () =>
      call(`${fx.url}/api/webchat/messages`, {
        token: session.token,
        body: { text: 'hi', clientMessageId: 'retry-me' },
      });
    const first = await send();
    const second = await send();
    expect((first.body as { replies: Reply[] }).replies).toHaveLength(1);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ replies: [], duplicate: true, clientMessageId: 'retry-me' });
    expect(fx.handler.answered - before).toBe(1);
  });

  it('keeps one visitor’s clientMessageIds from colliding with another’s', async () => {
    const a = await newSession();
    const b = await newSession();
    const body = { text: 'hi', clientMessageId: 'same-id' };
    await call(`${fx.url}/api/webchat/messages`, { token: a.token, body });
    const res = await call(`${fx.url}/api/webchat/messages`, { token: b.token, body });
    expect(res.body).toMatchObject({ duplicate: false });
  });

  it('returns the history of the conversation, in order, for a reloaded widget', async () => {
    const session = await newSession();
    await call(`${fx.url}/api/webchat/messages`, { token: session.token, body: { text: 'hello' } });
    await call(`${fx.url}/api/webchat/messages`, {
      token: session.token,
      body: { payload: 'ORDER_STATUS', label: 'Track my order' },
    });
    const res = await call(`${fx.url}/api/webchat/history`, { token: session.token });
    expect(res.status).toBe(200);
    const { messages } = res.body as { messages: { from: string; text: string; reply?: Reply; at: string }[] };
    expect(messages.map((m) => [m.from, m.text.slice(0, 14)])).toEqual([
      ['user', 'hello'],
      ['bot', 'Hello! I can t'],
      ['user', 'Track my order'],
      ['bot', 'Order #10234 s'],
    ]);
    expect(messages[1]?.reply?.quickReplies).toHaveLength(2);
    expect(messages[0]?.at).toBe('2026-01-15T10:01:00.000Z');
    // Another visitor sees nothing of it.
    const other = await newSession();
    const empty = await call(`${fx.url}/api/webchat/history`, { token: other.token });
    expect((empty.body as { messages: unknown[] }).messages).toEqual([]);
  });

  it('streams replies sent later (agent replies, offers) over server-sent events', async () => {
    const session = await newSession();
    const other = await newSession();
    const stream = await SseClient.open(`${fx.url}/api/webchat/events?token=${encodeURIComponent(session.token)}`);
    const bystander = await SseClient.open(`${fx.url}/api/webchat/events?token=${encodeURIComponent(other.token)}`);
    try {
      expect(stream.status).toBe(200);
      await stream.next('ready');
      await bystander.next('ready');
      expect(stream.retry).toBe(3000);
      const visitorId = fx.handler.received.at(-1)?.channelUserId ?? 'v_unknown00';
      const ref = {
        channel: 'webchat' as const,
        channelConversationId: session.conversationId,
        channelUserId: visitorId,
      };
      await fx.outbound.send(ref, [{ text: 'Hi, this is Sam from the shop.', from: 'agent' }]);
      const event = await stream.next('replies');
      expect(JSON.parse(event.data)).toEqual({
        replies: [{ text: 'Hi, this is Sam from the shop.', from: 'agent' }],
        at: '2026-01-15T10:01:00.000Z',
      });
      expect(event.id).toBeDefined();
      // The agent's message is in the history too, labelled as such.
      const history = await call(`${fx.url}/api/webchat/history`, { token: session.token });
      expect((history.body as { messages: { from: string }[] }).messages.at(-1)?.from).toBe('agent');
      // Heartbeats keep the stream alive.
      await stream.nextComment('ping');
      expect(bystander.events.filter((e) => e.event === 'replies')).toEqual([]);
    } finally {
      stream.close();
      bystander.close();
    }
  });

  it('releases the bus subscription when the stream closes', async () => {
    const session = await newSession();
    const subscribed = fx.bus.nextSubscription();
    const stream = await SseClient.open(`${fx.url}/api/webchat/events?token=${encodeURIComponent(session.token)}`);
    expect(await subscribed).toBe(`webchat:${session.conversationId}`);
    await stream.next('ready');
    expect(fx.bus.active.get(`webchat:${session.conversationId}`)).toBe(1);
    const released = fx.bus.nextUnsubscription();
    stream.close();
    expect(await released).toBe(`webchat:${session.conversationId}`);
    expect(fx.bus.active.get(`webchat:${session.conversationId}`)).toBe(0);
    // Publishing with nobody listening is fine: the message is already in the stored history.
    await fx.adapter.sender.send(
      { channel: 'webchat', channelConversationId: session.conversationId, channelUserId: 'v_gone0000' },
      [{ text: 'anyone there?' }],
    );
  });

  it('serves the widget script and the demo page with security headers', async () => {
    const widget = await fetch(`${fx.url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    expect(widget.headers.get('x-content-type-options')).toBe('nosniff');
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const code = await widget.text();
    expect(code.length).toBeGreaterThan(5000);
    const etag = widget.headers.get('etag') ?? '';
    const again = await fetch(`${fx.url}/widget.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const page = await fetch(`${fx.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="/widget.js"');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${fx.url}/demo/img/sweater.svg`)).status).toBe(200);
  });
});
