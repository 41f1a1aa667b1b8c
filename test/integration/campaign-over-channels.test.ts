/**
 * A campaign end to end through the real server: shoppers opt in by chatting (web chat and Telegram),
 * the shop owner runs a campaign through the admin API, offers arrive on the web chat event stream and
 * on the Telegram Bot API, an opt-out is honoured at once, and an order carrying the code is counted in
 * the report.
 */
import { ManualClock } from '../../src/core/clock';
import { call } from '../e2e/http-client';
import { campaignBody } from '../support/campaigns';
import { callbackUpdate, FakeTelegramApi, textUpdate } from '../support/fake-telegram-api';
import {
  NLU_TRAINING_MS,
  postTelegramUpdate,
  startTestServer,
  streamReplies,
  type TestServer,
  telegramEnv,
  WebChatShopper,
} from '../support/test-server';

const ADMIN = 'admin-token-for-tests-0123456789';

let fake: FakeTelegramApi;
let t: TestServer;

const admin = (path: string, body?: unknown, method?: string) =>
  call(`${t.url}/api/admin${path}`, {
    token: ADMIN,
    ...(body === undefined ? {} : { body }),
    ...(method ? { method } : {}),
  });

const campaign = (id: string) => campaignBody({ id, name: `Spring ${id}` });

beforeAll(async () => {
  fake = new FakeTelegramApi('123456:TEST-token');
  const apiRoot = await fake.start();
  t = await startTestServer({
    clock: new ManualClock('2026-01-15T11:00:00.000Z'),
    env: { ADMIN_TOKEN: ADMIN, PROACTIVE_OFFERS_ENABLED: 'true', ...telegramEnv(apiRoot) },
  });
}, NLU_TRAINING_MS);

afterAll(async () => {
  await t?.close();
  await fake?.stop();
});

async function customerOf(conversationId: string): Promise<string> {
  const conversation = await t.server.store.conversations.get(conversationId);
  if (!conversation?.customerId) throw new Error(`no customer for ${conversationId}`);
  return conversation.customerId;
}

it('sends only to shoppers who opted in, on their channel, and measures redemption', async () => {
  // Web chat: asks about the newsletter and says yes when asked.
  const web = await WebChatShopper.start(t.url);
  const asked = await web.say('can I sign up for your newsletter?');
  expect(asked.flatMap((r) => r.quickReplies ?? []).map((q) => q.payload)).toContain('consent:yes');
  await web.press('consent:yes', 'Yes, please');
  const stream = await web.openStream();

  // Telegram: the same, through the webhook and a button press.
  expect((await postTelegramUpdate(t.url, textUpdate(501, 'please subscribe me to your newsletter'))).status).toBe(200);
  expect((await postTelegramUpdate(t.url, callbackUpdate(502, 'consent:yes'))).status).toBe(200);

  // A third shopper never opts in.
  const silent = await WebChatShopper.start(t.url);
  await silent.say('hello');

  const trained = await admin('/propensity/retrain', {});
  expect(trained.status).toBe(200);
  expect((trained.body as { status: string }).status).toBe('trained');

  expect((await admin('/campaigns', campaign('spring-a'))).status).toBe(201);
  const preview = await admin('/campaigns/spring-a/run', { dryRun: true });
  expect(preview.body).toMatchObject({ dryRun: true, sent: 0 });

  const sentBefore = fake.callsTo('sendMessage').length;
  const run = await admin('/campaigns/spring-a/run', {});
  expect(run.status).toBe(200);
  expect(run.body).toMatchObject({ sent: 2 });

  const offer = streamReplies(await stream.next('replies'));
  const webCode = /SPRING-[A-Z0-9]+/.exec(offer[0]?.text ?? '')?.[0];
  expect(webCode).toBeDefined();
  const telegramOffers = fake.callsTo('sendMessage').slice(sentBefore);
  expect(telegramOffers.map((c) => String(c.params.text))).toEqual([expect.stringMatching(/SPRING-[A-Z0-9]+/)]);
  expect(await t.server.store.offers.listByCustomer(await customerOf(`webchat:${silent.conversationId}`))).toEqual([]);

  // Telegram's /stop opts out at once: the next campaign reaches only the web chat shopper.
  expect((await postTelegramUpdate(t.url, textUpdate(503, '/stop'))).status).toBe(200);
  expect((await admin('/campaigns', campaign('spring-b'))).status).toBe(201);
  const second = await admin('/campaigns/spring-b/run', {});
  expect(second.body).toMatchObject({ sent: 1 });
  expect(
    fake
      .callsTo('sendMessage')
      .slice(sentBefore)
      .filter((c) => /SPRING-/.test(String(c.params.text))),
  ).toHaveLength(1);

  // The shop platform reports an order paid with the web chat shopper's first code.
  const customerId = await customerOf(`webchat:${web.conversationId}`);
  const order = {
    customerId,
    email: 'shopper@example.com',
    status: 'paid',
    items: [{ productId: 'p1', sku: 'p1-m', name: { en: 'Scarf', zh: '围巾' }, quantity: 1, unitPriceCents: 3200 }],
    totalCents: 3200,
    currency: 'GBP',
    shippingAddress: { name: 'A Shopper', line1: '1 High St', city: 'York', postcode: 'YO1 1AA', country: 'GB' },
    shippingMethod: 'standard',
    promoCode: webCode,
    createdAt: '2026-01-15T11:05:00.000Z',
    paidAt: '2026-01-15T11:05:00.000Z',
    updatedAt: '2026-01-15T11:05:00.000Z',
  };
  expect((await admin('/orders/W90001', order, 'PUT')).status).toBe(201);
  expect((await admin('/orders/W90001', { ...order, status: 'bogus' }, 'PUT')).status).toBe(400);

  t.clock.advance(15 * 60_000);
  const report = await admin('/campaigns/spring-a/report');
  expect(report.status).toBe(200);
  expect(report.body).toMatchObject({
    treatment: { customers: 2, conversions: 1, revenueCents: 3200 },
    redemptions: 1,
    redeemedRevenueCents: 3200,
  });
  stream.close();
});

it('guards the admin API and validates its input', async () => {
  expect((await call(`${t.url}/api/admin/campaigns`)).status).toBe(401);
  expect((await call(`${t.url}/api/admin/campaigns`, { token: 'wrong' })).status).toBe(401);
  const bad = await admin('/campaigns', { ...campaign('bad-one'), propensityMin: 0.9, propensityMax: 0.1 });
  expect(bad.status).toBe(400);
  expect((await admin('/campaigns', { name: { $gt: '' } })).status).toBe(400);
  expect((await admin('/campaigns/no-such-campaign/run', {})).status).toBe(404);
});
