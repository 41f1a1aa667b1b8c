import { signVisitorToken } from '../../adapters/webchat';
import { ManualClock } from '../../src/core/clock';
import { type Fixture, startFixture, TOKEN_SECRET } from '../e2e/fixture';
import { call, SseClient } from '../e2e/http-client';

type ErrorBody = { error: { code: string; message: string } };

function errorOf(body: unknown): ErrorBody['error'] {
  return (body as ErrorBody).error;
}

describe('web chat API refuses bad input', () => {
  let fx: Fixture;
  let clock: ManualClock;
  let token: string;
  const api = (path: string) => `${fx.url}/api/webchat${path}`;

  beforeAll(async () => {
    clock = new ManualClock('2026-01-15T10:00:00.000Z');
    fx = await startFixture({ clock, rateLimitPerMinute: 1000, tokenTtlMs: 60 * 60_000 });
    token = ((await call(api('/sessions'), { body: {} })).body as { token: string }).token;
  });
  afterAll(() => fx.close());

  it.each([
    ['malformed JSON', '{"text": "hi"', 'E_VALIDATION', 'not valid JSON'],
    ['a JSON string', '"hello"', 'E_VALIDATION', 'not valid JSON'],
    ['an operator object for text', '{"text":{"$gt":""}}', 'E_VALIDATION', 'expected { text }'],
    ['an operator object for payload', '{"payload":{"$ne":null}}', 'E_VALIDATION', 'expected { text }'],
    ['a number for text', '{"text":42}', 'E_VALIDATION', 'expected { text }'],
    ['an array for text', '{"text":["a"]}', 'E_VALIDATION', 'expected { text }'],
    ['whitespace-only text', '{"text":"   "}', 'E_VALIDATION', ''],
    ['text and payload together', '{"text":"a","payload":"b"}', 'E_VALIDATION', ''],
    ['unknown fields', '{"text":"a","customerId":"c1"}', 'E_VALIDATION', ''],
    ['an empty object', '{}', 'E_VALIDATION', ''],
    ['text over 2000 characters', JSON.stringify({ text: 'x'.repeat(2001) }), 'E_VALIDATION', ''],
    ['a payload over 200 characters', JSON.stringify({ payload: 'x'.repeat(201) }), 'E_VALIDATION', ''],
    ['a bad clientMessageId', '{"text":"a","clientMessageId":"../../etc"}', 'E_VALIDATION', 'clientMessageId'],
  ])('POST /messages with %s → 400', async (_name, rawBody, code, message) => {
    const before = fx.handler.received.length;
    const res = await call(api('/messages'), { token, rawBody });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe(code);
    expect(errorOf(res.body).message).toContain(message);
    expect(fx.handler.received.length).toBe(before);
  });

  it('accepts exactly 2000 characters of text', async () => {
    const res = await call(api('/messages'), { token, body: { text: '好'.repeat(2000) } });
    expect(res.status).toBe(200);
  });

  it('refuses a body over 16 KB with 413', async () => {
    const res = await call(api('/messages'), { token, rawBody: JSON.stringify({ text: 'x'.repeat(17 * 1024) }) });
    expect(res.status).toBe(413);
    expect(errorOf(res.body).code).toBe('E_PAYLOAD_TOO_LARGE');
    const session = await call(api('/sessions'), { rawBody: JSON.stringify({ token: 'x'.repeat(20_000) }) });
    expect(session.status).toBe(413);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await call(api('/messages'), {
      token,
      rawBody: 'text=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(400);
  });

  it('refuses operator objects and bad types at /sessions', async () => {
    expect((await call(api('/sessions'), { body: { token: { $gt: '' } } })).status).toBe(400);
    expect((await call(api('/sessions'), { body: { lang: 'en; drop table' } })).status).toBe(400);
    expect((await call(api('/sessions'), { rawBody: '[' })).status).toBe(400);
  });

  describe('tokens', () => {
    const claims = { visitorId: 'v_abcdefgh1234', conversationId: 'c_ijklmnop5678' };

    it.each([
      ['no Authorization header', undefined, 'missing bearer token'],
      ['garbage', 'not-a-token', 'malformed'],
      [
        'a forged signature',
        () => signVisitorToken('wrong-secret', { ...claims, issuedAt: clock.now().getTime() }),
        'signature',
      ],
      [
        'a tampered payload',
        () => {
          const real = signVisitorToken(TOKEN_SECRET, { ...claims, issuedAt: clock.now().getTime() });
          const other = signVisitorToken(TOKEN_SECRET, {
            ...claims,
            conversationId: 'c_victim000000',
            issuedAt: clock.now().getTime(),
          });
          return `${other.split('.')[0]}.${real.split('.')[1]}`;
        },
        'signature',
      ],
      [
        'an expired token',
        () => signVisitorToken(TOKEN_SECRET, { ...claims, issuedAt: clock.now().getTime() - 2 * 3_600_000 }),
        'expired',
      ],
    ])('401 for %s on /messages, /history and /events', async (_name, make, reason) => {
      const bad = typeof make === 'function' ? make() : make;
      const messages = await call(api('/messages'), { ...(bad ? { token: bad } : {}), body: { text: 'hi' } });
      expect(messages.status).toBe(401);
      expect(errorOf(messages.body)).toEqual({ code: 'E_UNAUTHORIZED', message: expect.stringContaining(reason) });
      const history = await call(api('/history'), bad ? { token: bad } : {});
      expect(history.status).toBe(401);
      const events = await call(api(`/events${bad ? `?token=${encodeURIComponent(bad)}` : ''}`));
      expect(events.status).toBe(401);
    });

    it('does not silently start a new session for a bad token', async () => {
      const forged = signVisitorToken('wrong-secret', { ...claims, issuedAt: clock.now().getTime() });
      const res = await call(api('/sessions'), { body: { token: forged } });
      expect(res.status).toBe(401);
      expect(errorOf(res.body).code).toBe('E_UNAUTHORIZED');
      expect(res.body).not.toHaveProperty('token');
    });

    it('lets a token expire with time and be refreshed before that', async () => {
      const fresh = ((await call(api('/sessions'), { body: {} })).body as { token: string }).token;
      clock.advance(50 * 60_000);
      const refreshed = ((await call(api('/sessions'), { body: { token: fresh } })).body as { token: string }).token;
      clock.advance(50 * 60_000);
      expect((await call(api('/history'), { token: fresh })).status).toBe(401);
      expect((await call(api('/history'), { token: refreshed })).status).toBe(200);
    });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await call(api('/nope'));
    expect(res.status).toBe(404);
    expect(errorOf(res.body).code).toBe('E_NOT_FOUND');
  });

  it('keeps serving after a handler failure, with a 500 that leaks nothing', async () => {
    token = ((await call(api('/sessions'), { body: {} })).body as { token: string }).token;
    const original = fx.handler.handle.bind(fx.handler);
    fx.handler.handle = async () => {
      throw new Error('database password is hunter2');
    };
    try {
      const res = await call(api('/messages'), { token, body: { text: 'hi' } });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'E_INTERNAL', message: 'internal error' } });
    } finally {
      fx.handler.handle = original;
    }
    expect((await call(api('/messages'), { token, body: { text: 'hi' } })).status).toBe(200);
  });
});

describe('web chat CORS', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture({ allowedOrigins: ['https://shop.example'] });
  });
  afterAll(() => fx.close());

  it('answers preflight and requests from an allowed origin', async () => {
    const preflight = await fetch(`${fx.url}/api/webchat/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const res = await call(`${fx.url}/api/webchat/sessions`, { body: {}, headers: { origin: 'https://shop.example' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('refuses a disallowed origin with 403 before doing anything', async () => {
    const res = await call(`${fx.url}/api/webchat/sessions`, { body: {}, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe('E_FORBIDDEN');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${fx.url}/api/webchat/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(preflight.status).toBe(403);
  });

  it('always allows the same origin', async () => {
    const res = await call(`${fx.url}/api/webchat/sessions`, { body: {}, headers: { origin: fx.url } });
    expect(res.status).toBe(201);
  });
});

describe('web chat rate limits', () => {
  it('limits messages per visitor with 429 and Retry-After, then recovers', async () => {
    const clock = new ManualClock();
    const fx = await startFixture({ clock, rateLimitPerMinute: 3, ipRateLimitPerMinute: 1000 });
    try {
      const { token } = (await call(`${fx.url}/api/webchat/sessions`, { body: {} })).body as { token: string };
      const send = () => call(`${fx.url}/api/webchat/messages`, { token, body: { text: 'hi' } });
      expect([(await send()).status, (await send()).status, (await send()).status]).toEqual([200, 200, 200]);
      const limited = await send();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('20');
      expect(errorOf(limited.body).code).toBe('E_RATE_LIMITED');
      // Another visitor is not affected.
      const other = (await call(`${fx.url}/api/webchat/sessions`, { body: {} })).body as { token: string };
      expect((await call(`${fx.url}/api/webchat/messages`, { token: other.token, body: { text: 'hi' } })).status).toBe(
        200,
      );
      clock.advance(20_000);
      expect((await send()).status).toBe(200);
    } finally {
      await fx.close();
    }
  });

  it('limits all requests per IP, including new sessions', async () => {
    const clock = new ManualClock();
    const fx = await startFixture({ clock, rateLimitPerMinute: 100, ipRateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await call(`${fx.url}/api/webchat/sessions`, { body: {} })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
      clock.advance(60_000);
      expect((await call(`${fx.url}/api/webchat/sessions`, { body: {} })).status).toBe(201);
    } finally {
      await fx.close();
    }
  });

  it('caps event streams per conversation', async () => {
    const fx = await startFixture();
    const streams: SseClient[] = [];
    try {
      const { token } = (await call(`${fx.url}/api/webchat/sessions`, { body: {} })).body as { token: string };
      const url = `${fx.url}/api/webchat/events?token=${encodeURIComponent(token)}`;
      for (let i = 0; i < 10; i++) {
        const s = await SseClient.open(url);
        streams.push(s);
        await s.next('ready');
      }
      expect((await call(url)).status).toBe(429);
    } finally {
      for (const s of streams) s.close();
      await fx.close();
    }
  });
});
