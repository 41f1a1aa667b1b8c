/**
 * The whole product on a real port, for end-to-end tests: createServer from configuration, as
 * main.ts does, with a temp DATA_DIR, the cached NLU model (so nothing trains) and silent logs.
 * Configuration comes only from `env` here, never from the developer's environment, so a stray
 * variable cannot change what a test proves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryItem } from '../../adapters/webchat';
import { ManualClock } from '../../src/core/clock';
import { loadConfig } from '../../src/core/config';
import type { Reply } from '../../src/core/message';
import { type ConciergeServer, createServer } from '../../src/server';
import { call, type JsonResponse, SseClient, type SseEvent } from '../e2e/http-client';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from './mongo-env';
import { cachedModelFile } from './nlu-model-cache';
import { SLACK_SECRET } from './slack-requests';

/**
 * Time a hook that starts the first server may take: on a corpus the cache has not seen, the model
 * is trained first (about 20 s on two busy cores); afterwards it loads in well under a second.
 */
export const NLU_TRAINING_MS = 180_000;

/** Web chat visitor tokens are signed with this; two instances given it accept each other's tokens. */
export const TEST_WEBCHAT_SECRET = 'e2e-webchat-token-secret-0123456789abcdef';

export interface TestServerOptions {
  /** Extra configuration (channel credentials, ADMIN_TOKEN, REDIS_URL, MONGODB_URI…). */
  env?: Record<string, string | undefined>;
  /** ManualClock by default: Thu 15 Jan 2026 10:00 UTC, inside the demo shop's contact hours. */
  clock?: ManualClock;
  /** Reuse this data folder (a restart); otherwise a fresh temp folder, removed on close. */
  dataDir?: string;
}

export interface TestServer {
  server: ConciergeServer;
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  dataDir: string;
  clock: ManualClock;
  /** Graceful shutdown, then the temp folder goes (unless the caller owns it). */
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'concierge-e2e-')));
  const clock = options.clock ?? new ManualClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEBCHAT_TOKEN_SECRET: TEST_WEBCHAT_SECRET,
    NLU_MODEL_FILE: await cachedModelFile(),
    // No background training in tests: a suite that needs the model retrains it through the admin API.
    PROPENSITY_RETRAIN_HOURS: '0',
    ...options.env,
  });
  let server: ConciergeServer;
  try {
    server = await createServer({ config, clock });
  } catch (error) {
    if (ownsDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = await server.listen();
  let closed: Promise<void> | undefined;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    clock,
    close() {
      closed ??= (async () => {
        await server.close();
        if (ownsDir) await rm(dataDir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}

/**
 * Store configuration for suites that run on either backend: a fresh database on the MongoDB-wire
 * server when MONGODB_URI is set, otherwise nothing (each server's embedded store). `drop` removes
 * the database afterwards.
 */
export function storeEnv(prefix = 'e2e'): {
  env: Record<string, string>;
  kind: 'embedded' | 'mongo';
  drop(): Promise<void>;
} {
  const uri = testMongoUri();
  if (!uri) return { env: {}, kind: 'embedded', drop: async () => {} };
  const db = uniqueDatabaseName(prefix);
  return { env: { MONGODB_URI: uri, MONGODB_DB: db }, kind: 'mongo', drop: () => dropDatabase(uri, db) };
}

/** One web chat visitor talking to a test server over the public API, as the widget does. */
export class WebChatShopper {
  private constructor(
    private readonly url: string,
    public token: string,
    readonly conversationId: string,
  ) {}

  /** A new visitor session (201). */
  static async start(url: string, lang = 'en'): Promise<WebChatShopper> {
    const res = await call(`${url}/api/webchat/sessions`, { body: { lang } });
    if (res.status !== 201) throw new Error(`session not created: ${res.status} ${JSON.stringify(res.body)}`);
    const { token, conversationId } = res.body as { token: string; conversationId: string };
    return new WebChatShopper(url, token, conversationId);
  }

  /** The same visitor coming back with a stored token, possibly to another server (200). */
  static async resume(url: string, token: string): Promise<WebChatShopper> {
    const res = await call(`${url}/api/webchat/sessions`, { body: { token } });
    if (res.status !== 200) throw new Error(`session not resumed: ${res.status} ${JSON.stringify(res.body)}`);
    const body = res.body as { token: string; conversationId: string; resumed: boolean };
    if (!body.resumed) throw new Error('server started a new session instead of resuming');
    return new WebChatShopper(url, body.token, body.conversationId);
  }

  /** POST /messages with any body; the raw answer, for negative tests. */
  send(body: unknown): Promise<JsonResponse> {
    return call(`${this.url}/api/webchat/messages`, { token: this.token, body });
  }

  /** Says something and returns the bot's replies (fails on anything but 200). */
  async say(text: string): Promise<Reply[]> {
    return this.expectReplies(await this.send({ text }));
  }

  /** Presses a button (quick reply) by payload. */
  async press(payload: string, label?: string): Promise<Reply[]> {
    return this.expectReplies(await this.send({ payload, ...(label ? { label } : {}) }));
  }

  async history(): Promise<HistoryItem[]> {
    const res = await call(`${this.url}/api/webchat/history`, { token: this.token });
    if (res.status !== 200) throw new Error(`history failed: ${res.status}`);
    return (res.body as { messages: HistoryItem[] }).messages;
  }

  /** Opens the event stream and resolves once the server has subscribed it (the `ready` event). */
  async openStream(): Promise<SseClient> {
    const stream = await SseClient.open(`${this.url}/api/webchat/events?token=${encodeURIComponent(this.token)}`);
    if (stream.status !== 200) throw new Error(`event stream refused: ${stream.status}`);
    await stream.next('ready');
    return stream;
  }

  private expectReplies(res: JsonResponse): Reply[] {
    if (res.status !== 200) throw new Error(`message failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { replies: Reply[] }).replies;
  }
}

/** The replies carried by one `replies` event of a web chat stream. */
export function streamReplies(event: SseEvent): Reply[] {
  return (JSON.parse(event.data) as { replies: Reply[] }).replies;
}

// ---- channel configuration and signed requests for the fakes in test/support ----

export const TELEGRAM_TOKEN = '123456:TEST-token';
export const TELEGRAM_SECRET = 'e2e_telegram-webhook-secret';

/** The Slack agent desk, talking to a FakeSlackApi at `apiUrl`. */
export function slackEnv(apiUrl: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_SUPPORT_CHANNEL: '#support',
    SLACK_API_URL: apiUrl,
  };
}

/** Telegram in webhook mode, calling a FakeTelegramApi at `apiRoot`. */
export function telegramEnv(apiRoot: string): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    TELEGRAM_API_ROOT: apiRoot,
  };
}

/** POSTs an update to the webhook as Telegram does, with the secret header. */
export function postTelegramUpdate(url: string, update: Record<string, unknown>, secret = TELEGRAM_SECRET) {
  return fetch(`${url}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify(update),
  });
}
