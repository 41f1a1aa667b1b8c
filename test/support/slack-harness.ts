/** The Slack desk end to end: our express app with the Slack adapter, the fake Web API and a real store. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import { Outbound } from '../../src/core/outbound';
import { HandoffService } from '../../src/handoff';
import type { Store } from '../../src/store/repositories';
import { FakeSlackApi } from './fake-slack-api';
import { RecordingSender } from './handoff-doubles';
import { testPolicy } from './handoff-fixtures';
import { postSlack, postSlackAction, postSlackEvent, SLACK_SECRET } from './slack-requests';
import { openTempStore } from './temp-store';

export interface SlackHarness {
  clock: ManualClock;
  store: Store;
  service: HandoffService;
  adapter: SlackAdapter;
  fake: FakeSlackApi;
  webchat: RecordingSender;
  telegram: RecordingSender;
  /** Delays the adapter asked to wait on 429s (recorded, not waited). */
  sleeps: number[];
  baseUrl: string;
  /** POSTs a signed request to /slack/events; `sign: false` or a custom timestamp for negative tests. */
  post(
    body: string,
    contentType: string,
    options?: { timestamp?: number; signature?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  postEvent(body: unknown, headers?: Record<string, string>): Promise<Response>;
  postAction(payload: unknown): Promise<Response>;
  postCommand(fields: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startSlackHarness(options: { clock?: ManualClock } = {}): Promise<SlackHarness> {
  const clock = options.clock ?? new ManualClock('2026-01-15T10:00:00.000Z');
  const temp = await openTempStore(clock);
  const { store } = temp;
  const log = silentLogger();
  const outbound = new Outbound({ store, clock, log });
  const webchat = new RecordingSender('webchat');
  const telegram = new RecordingSender('telegram');
  outbound.register(webchat);
  outbound.register(telegram);
  const service = new HandoffService({ store, outbound, clock, log, policy: testPolicy(), claimTimeoutMinutes: 10 });
  const fake = await new FakeSlackApi().start();
  const sleeps: number[] = [];
  const adapter = createSlackAdapter({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_SUPPORT_CHANNEL: '#support',
      SLACK_API_URL: fake.url,
    },
    handoff: service,
    log,
    clock,
    deliveries: store.deliveries,
    rateLimit: { maxRetries: 3, maxWaitMs: 60_000, sleep: async (ms) => void sleeps.push(ms) },
    retryConfig: { retries: 0 },
  });
  if (!adapter) throw new Error('Slack adapter not created');
  service.attachDesk(adapter.desk);
  const app = express();
  app.use(adapter.router);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await adapter.start();

  const post: SlackHarness['post'] = (body, contentType, opts) => postSlack(baseUrl, clock, body, contentType, opts);
  return {
    clock,
    store,
    service,
    adapter,
    fake,
    webchat,
    telegram,
    sleeps,
    baseUrl,
    post,
    postEvent: (body, headers) => postSlackEvent(baseUrl, clock, body, headers),
    postAction: (payload) => postSlackAction(baseUrl, clock, payload),
    postCommand: (fields) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    close: async () => {
      await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.stop();
      await temp.close();
    },
  };
}
