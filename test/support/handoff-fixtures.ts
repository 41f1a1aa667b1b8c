/**
 * Building blocks for handoff tests: a real (embedded) store in a temp dir, a shopper conversation in
 * it, a TurnContext built from that conversation, and recording doubles for channel senders and the
 * agent desk. Every wait is on an event (a promise), never on time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { slackSignature } from '../../adapters/slack/signature';
import { loadShopPolicy } from '../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../src/commerce/types';
import { ManualClock } from '../../src/core/clock';
import type { HandoffReason, TurnContext } from '../../src/core/context';
import { silentLogger } from '../../src/core/logger';
import type { ChannelId, ConversationRef, Lang, Message, Reply } from '../../src/core/message';
import { Outbound } from '../../src/core/outbound';
import type { ChannelSender, HandoffPort } from '../../src/core/ports';
import { type AgentDesk, type Handoff, HandoffService, type HandoffSummary, type ThreadRef } from '../../src/handoff';
import type { Conversation, Customer, Identity } from '../../src/store/entities';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/repositories';
import { FAKE_BOT_USER_ID, FakeSlackApi } from './fake-slack-api';

/** The demo policy: Mon–Sat 9–18 Europe/London. ManualClock's default start (Thu 10:00 UTC) is inside. */
export function testPolicy(): ShopPolicy {
  return loadShopPolicy();
}

/** 20:00 London on a weekday: outside contact hours. */
export const AFTER_HOURS = '2026-01-15T20:00:00.000Z';

export async function openTestStore(clock: ManualClock): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'concierge-handoff-'));
  const store = await openStore({ dataDir, log: silentLogger(), clock });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SeedOptions {
  channel?: ChannelId;
  id?: string;
  lang?: Lang;
  customer?: Partial<Customer>;
  state?: Record<string, unknown>;
  /** Earlier messages, oldest first: `>` prefix for the shopper, otherwise the bot. */
  history?: { text: string; intent?: string; from?: 'shopper' | 'bot' }[];
}

export interface Seeded {
  conversation: Conversation;
  customer: Customer;
  identity: Identity;
}

/** A shopper with a stored customer, identity and conversation (plus optional history). */
export async function seedConversation(store: Store, clock: ManualClock, options: SeedOptions = {}): Promise<Seeded> {
  const channel = options.channel ?? 'webchat';
  const chatId = options.id ?? `chat-${Math.random().toString(36).slice(2, 10)}`;
  const at = clock.now().toISOString();
  const customer: Customer = {
    id: `cus_${chatId}`,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    consents: [],
    createdAt: at,
    updatedAt: at,
    ...options.customer,
  };
  await store.customers.create(customer);
  const identity: Identity = {
    channel,
    channelUserId: `u-${chatId}`,
    customerId: customer.id,
    verified: true,
    createdAt: at,
  };
  await store.identities.create(identity);
  const ref: ConversationRef = { channel, channelConversationId: chatId, channelUserId: identity.channelUserId };
  const conversation: Conversation = {
    id: `${channel}:${chatId}`,
    ref,
    customerId: customer.id,
    lang: options.lang ?? 'en',
    state: options.state ?? {},
    handoff: 'bot',
    version: 1,
    createdAt: at,
    lastActivityAt: at,
  };
  await store.conversations.create(conversation);
  for (const line of options.history ?? []) {
    await store.messages.append({
      conversationId: conversation.id,
      direction: line.from === 'bot' ? 'out' : 'in',
      text: line.text,
      ...(line.intent ? { intent: line.intent } : {}),
      at,
    });
  }
  return { conversation, customer, identity };
}

let delivery = 0;

/**
 * A TurnContext for one shopper message, built from the stored conversation the way the pipeline
 * builds it (fresh per turn; the conversation is a copy). The message is recorded first, as stage 3
 * of the pipeline would.
 */
export async function turnFor(
  store: Store,
  clock: ManualClock,
  seeded: Seeded,
  input: { text?: string; payload?: string },
  handoff?: HandoffPort,
): Promise<TurnContext> {
  const stored = await store.conversations.get(seeded.conversation.id);
  if (!stored) throw new Error(`no conversation ${seeded.conversation.id}`);
  const now = clock.now();
  const message: Message = {
    channel: stored.ref.channel,
    channelUserId: stored.ref.channelUserId,
    channelConversationId: stored.ref.channelConversationId,
    deliveryId: `d-${++delivery}`,
    ...input,
    timestamp: now,
    ref: stored.ref,
  };
  await store.messages.append({
    conversationId: stored.id,
    direction: 'in',
    text: input.text ?? '',
    ...(input.payload ? { payload: input.payload } : {}),
    at: now.toISOString(),
  });
  const ctx: TurnContext = {
    message,
    now,
    log: silentLogger(),
    customer: seeded.customer,
    identity: seeded.identity,
    conversation: { ...stored, state: structuredClone(stored.state) },
    lang: stored.lang ?? 'en',
    nlu: undefined,
    replies: [],
    reply(reply) {
      ctx.replies.push(typeof reply === 'string' ? { text: reply } : reply);
    },
    requestHandoff: async (reason: HandoffReason, detail?: string) => {
      if (!handoff) throw new Error('turnFor: no handoff port given');
      await handoff.request(ctx, reason, detail);
    },
    linkCustomer: async () => {},
  };
  return ctx;
}

/** Ends a turn the way the pipeline does: saves the turn's conversation copy. */
export async function finishTurn(store: Store, ctx: TurnContext): Promise<Conversation> {
  return store.conversations.save(ctx.conversation);
}

/** A ChannelSender that records what it is asked to send and lets tests await the next send. */
export class RecordingSender implements ChannelSender {
  readonly sent: { ref: ConversationRef; replies: Reply[] }[] = [];
  private waiters: (() => void)[] = [];
  private gate: Promise<void> | undefined;
  /** Sends that have started (some may still be held by `hold`). */
  started = 0;

  constructor(readonly channel: ChannelId) {}

  /** Holds every send until the returned function is called (a slow channel). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = undefined;
      release();
    };
  }

  async send(ref: ConversationRef, replies: Reply[]): Promise<void> {
    this.started++;
    if (this.gate) await this.gate;
    this.sent.push({ ref, replies });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves once at least `count` sends have been recorded. */
  async waitFor(count: number): Promise<void> {
    while (this.sent.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  texts(): string[] {
    return this.sent.flatMap((s) => s.replies.map((r) => r.text));
  }
}

/** An AgentDesk that records calls; `failOpen` makes openThread throw (Slack down). */
export class RecordingDesk implements AgentDesk {
  readonly opened: { handoff: Handoff; summary: HandoffSummary }[] = [];
  readonly shopperMessages: { handoffId: string; text: string }[] = [];
  readonly statuses: { handoffId: string; status: Handoff['status'] }[] = [];
  readonly notices: { handoffId: string; text: string }[] = [];
  failOpen = false;
  private next = 1;

  async openThread(handoff: Handoff, summary: HandoffSummary): Promise<ThreadRef> {
    if (this.failOpen) throw new Error('desk down');
    this.opened.push({ handoff: { ...handoff }, summary });
    return { channel: 'CDESK', ts: `1700000000.${String(this.next++).padStart(6, '0')}` };
  }

  async postShopperMessage(handoff: Handoff, text: string): Promise<void> {
    this.shopperMessages.push({ handoffId: handoff.id, text });
  }

  async updateStatus(handoff: Handoff): Promise<void> {
    this.statuses.push({ handoffId: handoff.id, status: handoff.status });
  }

  async postNotice(handoff: Handoff, text: string): Promise<void> {
    this.notices.push({ handoffId: handoff.id, text });
  }
}

// ---- Slack desk harness: our express app with the Slack adapter, the fake Web API, a real store ----

export const SLACK_SECRET = 'test-signing-secret-0123456789abcdef';

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
  const { store, cleanup } = await openTestStore(clock);
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

  const post: SlackHarness['post'] = (body, contentType, opts = {}) => {
    const timestamp = opts.timestamp ?? Math.floor(clock.now().getTime() / 1000);
    return fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': opts.signature ?? slackSignature(SLACK_SECRET, timestamp, body),
        ...opts.headers,
      },
      body,
    });
  };
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
    postEvent: (body, headers) => post(JSON.stringify(body), 'application/json', headers ? { headers } : {}),
    postAction: (payload) =>
      post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'),
    postCommand: (fields) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    close: async () => {
      await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.stop();
      await cleanup();
    },
  };
}

let eventSeq = 0;

/** An Events API envelope around a message event, as Slack sends it. */
export function messageEvent(event: Record<string, unknown>, eventId = `Ev${++eventSeq}`) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1768471300,
    authorizations: [{ team_id: 'T1', user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event: { type: 'message', channel: 'CSUPPORT', channel_type: 'channel', ts: `1768471300.${eventSeq}`, ...event },
  };
}

/** A block_actions payload for one of our header buttons. */
export function buttonPress(actionId: string, handoffId: string, threadTs: string, userId = 'UAGENT') {
  return {
    type: 'block_actions',
    user: { id: userId, username: 'agent', name: 'agent', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    team: { id: 'T1', domain: 'shop' },
    channel: { id: 'CSUPPORT', name: 'support' },
    container: { type: 'message', message_ts: threadTs, channel_id: 'CSUPPORT', is_ephemeral: false },
    message: { type: 'message', ts: threadTs, text: 'Handoff' },
    trigger_id: '1.2.3',
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'concierge_handoff',
        value: handoffId,
        action_ts: '1768471301.1',
      },
    ],
  };
}

/** A slash command form, as Slack posts it. */
export function slashCommand(text: string, userId = 'UAGENT'): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'shop',
    channel_id: 'CSUPPORT',
    channel_name: 'support',
    user_id: userId,
    user_name: 'agent',
    command: '/concierge',
    text,
    api_app_id: 'A1',
    trigger_id: '1.2.3',
  };
}
