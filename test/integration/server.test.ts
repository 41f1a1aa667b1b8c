/**
 * The whole product over real HTTP on the embedded store: the server main.ts starts, with the real
 * NLU model, dialogue, demo shop and web chat. Restart and shutdown live in server-lifecycle.test.ts.
 */
import { signVisitorToken } from '../../adapters/webchat';
import type { Reply } from '../../src/core/message';
import type { Order } from '../../src/store/entities';
import { call } from '../e2e/http-client';
import { NLU_TRAINING_MS, startTestServer, type TestServer, WebChatShopper } from '../support/test-server';

const ADMIN_TOKEN = 'admin-token-for-e2e-0123456789';

function texts(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n');
}

describe('Concierge server over HTTP (embedded store)', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ env: { ADMIN_TOKEN } });
  }, NLU_TRAINING_MS);
  afterAll(() => t?.close());
  // Rate limits count per clock minute; a fresh minute per test keeps the tests independent.
  beforeEach(() => t.clock.advance(61_000));

  it('answers /healthz and /readyz', async () => {
    expect(await call(`${t.url}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await call(`${t.url}/readyz`)).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('counts a web chat turn in /metrics', async () => {
    const shopper = await WebChatShopper.start(t.url);
    await shopper.say('hello');
    const metrics = await fetch(`${t.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await metrics.text()).toMatch(/^concierge_turns_total\{channel="webchat",[^}]*outcome="ok"\} [1-9]/m);
  });

  it('answers an unknown route with a JSON 404 and a code', async () => {
    for (const path of ['/no/such/route', '/api/webchat/nope']) {
      const res = await call(`${t.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.body).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
    }
  });

  it('serves product pictures as SVG, and 404s an unknown or malformed id', async () => {
    const res = await fetch(`${t.url}/assets/products/linen-wrap-dress.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    for (const bad of ['no-such-product.svg', 'linen-wrap-dress.png', '..%2F..%2Fpackage.json', '%3Cscript%3E.svg']) {
      const miss = await call(`${t.url}/assets/products/${bad}`);
      expect(miss.status).toBe(404);
      expect(miss.body).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
    }
  });

  it('tracks an order end to end: asks for proof, then gives status and tracking', async () => {
    const order = (await t.server.store.orders.get('10234')) as Order;
    expect(order).toMatchObject({ status: 'shipped', email: 'amelia.hart@example.com' });
    const shopper = await WebChatShopper.start(t.url);

    const ask = await shopper.say('where is my order 10234?');
    expect(texts(ask)).toMatch(/email address or phone number\b.*10234/);
    expect(texts(ask)).not.toContain(order.trackingNumber);

    const status = texts(await shopper.say('amelia.hart@example.com'));
    expect(status).toMatch(/10234/);
    expect(status).toMatch(/on its way|shipped/);
    expect(status).toContain(String(order.carrier));
    expect(status).toContain(String(order.trackingNumber));

    // Everything said is in the stored conversation, which the widget reloads.
    const history = await shopper.history();
    expect(history.map((h) => h.from)).toEqual(['user', 'bot', 'user', 'bot']);
    expect(history[3]?.text).toContain(String(order.trackingNumber));
  });

  it('recommends from the live model and explains a pick by what the shopper looked at', async () => {
    const shopper = await WebChatShopper.start(t.url);
    const details = await shopper.press('product:trail-running-shoes', 'Details');
    expect(texts(details)).toMatch(/Trail/i);
    const conversation = await t.server.store.conversations.get(`webchat:${shopper.conversationId}`);
    const views = await t.server.store.events.list({
      customerId: conversation?.customerId ?? '',
      types: ['product_view'],
    });
    expect(views.map((v) => v.productId)).toEqual(['trail-running-shoes']);
    const picks = await shopper.say('what would you recommend for me?');
    const cards = picks.flatMap((r) => r.cards ?? []);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.id)).not.toContain('trail-running-shoes');
    expect(cards.some((c) => /Because you looked at .*Trail/i.test(c.subtitle ?? ''))).toBe(true);
  });

  it('limits the admin API per IP, answering 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      statuses.push((await call(`${t.url}/api/admin/customers/nobody/export`, { token: 'wrong' })).status);
    }
    expect(statuses.slice(0, 120).every((s) => s === 401)).toBe(true);
    const limited = await call(`${t.url}/api/admin/customers/nobody/export`, { token: ADMIN_TOKEN });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(limited.body).toMatchObject({ error: { code: 'E_RATE_LIMITED' } });
    t.clock.advance(60_000);
    expect((await call(`${t.url}/api/admin/customers/nobody/export`, { token: ADMIN_TOKEN })).status).toBe(404);
  });

  it('reveals nothing about an order to the wrong email', async () => {
    const order = (await t.server.store.orders.get('10234')) as Order;
    const shopper = await WebChatShopper.start(t.url);
    await shopper.say('where is my order 10234?');
    const answer = texts(await shopper.say('someone.else@example.com'));
    expect(answer).toMatch(/match/);
    for (const secret of [String(order.trackingNumber), String(order.carrier), 'Linen', 'shipped', 'amelia']) {
      expect(answer).not.toContain(secret);
    }
  });

  it('survives hostile input with clean errors, then carries on', async () => {
    const shopper = await WebChatShopper.start(t.url);
    const messages = `${t.url}/api/webchat/messages`;
    const malformed = await call(messages, { token: shopper.token, rawBody: '{"text": "hi"' });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'E_VALIDATION' } } });

    const huge = await call(messages, { token: shopper.token, body: { text: 'x'.repeat(200_000) } });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'E_PAYLOAD_TOO_LARGE' } } });

    const operator = await call(messages, { token: shopper.token, rawBody: '{"text":{"$gt":""}}' });
    expect(operator).toMatchObject({ status: 400, body: { error: { code: 'E_VALIDATION' } } });
    const nested = await shopper.send({ payload: { $ne: null } });
    expect(nested.status).toBe(400);

    // A token of the right shape signed with another secret, for someone else's conversation.
    const forged = signVisitorToken('not-the-server-secret-0123456789', {
      visitorId: 'v_attacker123',
      conversationId: shopper.conversationId,
      issuedAt: t.clock.now().getTime(),
    });
    const forgedMessage = await call(messages, { token: forged, body: { text: 'hello' } });
    expect(forgedMessage).toMatchObject({ status: 401, body: { error: { code: 'E_UNAUTHORIZED' } } });
    expect((await call(`${t.url}/api/webchat/history`, { token: forged })).status).toBe(401);
    expect((await call(`${t.url}/api/webchat/sessions`, { body: { token: forged } })).status).toBe(401);
    expect((await call(messages, { body: { text: 'hello' } })).status).toBe(401);

    // None of it reached the conversation, and the process still answers normally.
    expect(await shopper.history()).toEqual([]);
    expect(texts(await shopper.say('hello'))).toMatch(/\S/);
    expect((await call(`${t.url}/healthz`)).status).toBe(200);
  });

  it('asks the team for a copy of an invoice, once, and lists the ticket in the admin API', async () => {
    const shopper = await WebChatShopper.start(t.url);
    await shopper.say('can I get an invoice for order 10235?');
    expect(texts(await shopper.say('amelia.hart@example.com'))).toMatch(
      /invoice for order 10235 to amelia\.hart@example\.com/,
    );
    expect(texts(await shopper.say('please send me the invoice for order 10235 again'))).toMatch(/already has/);
    // What the invoice should show travels with the request, for the team to act on.
    expect(texts(await shopper.say('I need the invoice for order 10234 made out to my company'))).toMatch(
      /with your request/,
    );

    const notes = `${t.url}/api/admin/notes`;
    const order = (await t.server.store.orders.get('10235')) as Order;
    const listed = await call(`${notes}?kind=ticket&customerId=${order.customerId}`, { token: ADMIN_TOKEN });
    expect(listed.status).toBe(200);
    const tickets = (listed.body as { notes: { text: string; data: Record<string, unknown> }[] }).notes;
    expect(tickets).toHaveLength(2);
    const ticketFor = (orderId: string) => tickets.find((n) => n.data.orderId === orderId);
    expect(ticketFor('10235')?.data).toMatchObject({
      cause: 'invoice_copy',
      orderId: '10235',
      email: 'amelia.hart@example.com',
    });
    expect(ticketFor('10235')?.data.note).toBeUndefined();
    expect(ticketFor('10234')?.data).toMatchObject({
      note: 'I need the invoice for order 10234 made out to my company',
    });
    expect(ticketFor('10234')?.text).toMatch(
      /The customer asked: "I need the invoice for order 10234 made out to my company"/,
    );

    expect((await call(`${notes}?kind=ticket`)).status).toBe(401);
    for (const bad of ['kind=secrets', 'kind=ticket&limit=0', 'kind=ticket&limit=9999', '']) {
      expect(await call(`${notes}?${bad}`, { token: ADMIN_TOKEN })).toMatchObject({
        status: 400,
        body: { error: { code: 'E_VALIDATION' } },
      });
    }
  });

  it('puts the email a shopper leaves after "no one can chat right now" on the ticket', async () => {
    const shopper = await WebChatShopper.start(t.url);
    expect(texts(await shopper.say('I want to speak to a human'))).toMatch(/leave your email address here/);
    const saved = texts(await shopper.say('my email is ada.test@example.com'));
    expect(saved).toMatch(/reply to ada\.test@example\.com|write to ada\.test@example\.com/);
    expect(saved).not.toMatch(/didn't catch|not sure I understood/);

    const listed = await call(`${t.url}/api/admin/notes?kind=ticket`, { token: ADMIN_TOKEN });
    const tickets = (listed.body as { notes: { text: string; data: Record<string, unknown> }[] }).notes;
    const ticket = tickets.find((n) => n.data.email === 'ada.test@example.com');
    expect(ticket?.data).toMatchObject({ cause: expect.stringMatching(/^(desk_unavailable|out_of_hours)$/) });
    expect(ticket?.text).toMatch(/\(reply to ada\.test@example\.com\)$/);

    // A second address has no request waiting for it: the bot says what an address could be for.
    expect(texts(await shopper.say('ada.other@example.com'))).toMatch(/order, tell me its number/);
  });

  describe('privacy admin API', () => {
    const admin = (path: string, method = 'GET', token: string | null = ADMIN_TOKEN) =>
      call(`${t.url}/api/admin/customers/${path}`, { method, ...(token === null ? {} : { token }) });

    it('refuses requests without the admin token', async () => {
      const order = (await t.server.store.orders.get('10234')) as Order;
      for (const token of [null, 'wrong-token', `${ADMIN_TOKEN}x`]) {
        expect(await admin(`${order.customerId}/export`, 'GET', token)).toMatchObject({
          status: 401,
          body: { error: { code: 'E_UNAUTHORIZED' } },
        });
        expect((await admin(order.customerId, 'DELETE', token)).status).toBe(401);
      }
      expect(await t.server.store.customers.get(order.customerId)).not.toBeNull();
    });

    it('exports a verified shopper’s orders and conversations, then erases them', async () => {
      const order = (await t.server.store.orders.get('10237')) as Order;
      const shopper = await WebChatShopper.start(t.url);
      const status = texts(await shopper.say(`where is order 10237? my email is ${order.email}`));
      expect(status).toMatch(/paid/);

      const exported = await admin(`${order.customerId}/export`);
      expect(exported.status).toBe(200);
      const data = exported.body as {
        customer: { id: string; email: string };
        orders: { id: string }[];
        conversations: { ref: { channelConversationId: string }; messages: { text: string }[] }[];
        identities: { channel: string }[];
      };
      expect(data.customer).toMatchObject({ id: order.customerId, email: order.email });
      expect(data.orders.map((o) => o.id)).toContain('10237');
      const conversation = data.conversations.find((c) => c.ref.channelConversationId === shopper.conversationId);
      expect(conversation?.messages.map((m) => m.text)).toContain(`where is order 10237? my email is ${order.email}`);
      expect(data.identities).toContainEqual(expect.objectContaining({ channel: 'webchat', verified: true }));

      const erased = await admin(order.customerId, 'DELETE');
      expect(erased.status).toBe(200);
      expect((erased.body as { erased: Record<string, number> }).erased).toMatchObject({ customers: 1 });
      expect(await admin(`${order.customerId}/export`)).toMatchObject({ status: 404 });
      expect(await t.server.store.orders.get('10237')).toBeNull();
      expect(await shopper.history()).toEqual([]);
    });
  });
});
