/**
 * A web chat server for the integration, browser and screenshot runs: the real adapter and a real
 * embedded store, with a small scripted shop assistant standing in for the bot core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { productImageRouter } from '../../adapters/ops/product-images';
import { createWebChatAdapter, type WebChatAdapter } from '../../adapters/webchat';
import { createCommerce, seedDemoShop } from '../../src/commerce';
import { InProcessBus } from '../../src/core/bus';
import { type Clock, systemClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import {
  type Card,
  conversationKey,
  type Lang,
  type Message,
  type Reply,
  replyToPlainText,
} from '../../src/core/message';
import { Outbound } from '../../src/core/outbound';
import type { Bus, MessageHandler, TurnResult } from '../../src/core/ports';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/repositories';

export const TOKEN_SECRET = 'test-secret-for-webchat-0123456789';

interface DemoProduct {
  id: string;
  title: Record<Lang, string>;
  subtitle: Record<Lang, string>;
  price: string;
  image: string;
}

const PRODUCTS: DemoProduct[] = [
  {
    id: 'p-sweater',
    title: { en: 'Merino crew sweater', zh: '美利奴圆领毛衣' },
    subtitle: { en: 'Rust · S–XL', zh: '铁锈红 · S–XL' },
    price: '£68.00',
    image: 'sweater',
  },
  {
    id: 'p-scarf',
    title: { en: 'Striped wool scarf', zh: '条纹羊毛围巾' },
    subtitle: { en: 'Forest green', zh: '森林绿' },
    price: '£32.00',
    image: 'scarf',
  },
  {
    id: 'p-throw',
    title: { en: 'Linen throw', zh: '亚麻盖毯' },
    subtitle: { en: 'Sage', zh: '鼠尾草绿' },
    price: '£54.00',
    image: 'throw',
  },
];

function cards(lang: Lang): Card[] {
  return PRODUCTS.map((p) => ({
    id: p.id,
    title: p.title[lang],
    subtitle: p.subtitle[lang],
    price: p.price,
    imageUrl: `/demo/img/${p.image}.svg`,
    buttons: [
      { label: lang === 'zh' ? '加入购物袋' : 'Add to bag', payload: `ADD:${p.id}` },
      { label: lang === 'zh' ? '详情' : 'Details', url: `https://shop.example/products/${p.id}` },
    ],
  }));
}

const HAS_CJK = /[\u4e00-\u9fff]/;

/** A scripted assistant: greets, shows products, answers buttons, speaks Chinese to Chinese. */
export function scriptedAnswer(message: Message): Reply[] {
  const lang: Lang = message.localeHint?.startsWith('zh') || HAS_CJK.test(message.text ?? '') ? 'zh' : 'en';
  if (message.payload === 'SHOW_KNITWEAR') {
    return [
      { text: lang === 'zh' ? '为您挑选了几款针织品：' : 'Here is some knitwear you might like:', cards: cards(lang) },
    ];
  }
  if (message.payload === 'ORDER_STATUS') {
    return [{ text: 'Order #10234 shipped yesterday with Royal Mail and should arrive on Friday.' }];
  }
  if (message.payload?.startsWith('ADD:')) {
    const product = PRODUCTS.find((p) => `ADD:${p.id}` === message.payload);
    return [
      {
        text: `Added ${product?.title.en ?? 'it'} to your bag.`,
        quickReplies: [{ label: 'Checkout', payload: 'CHECKOUT' }],
      },
    ];
  }
  const text = message.text ?? '';
  if (HAS_CJK.test(text)) {
    return [
      {
        text: '您好！我是 Maple & Thread 的购物助手。请问需要什么帮助？',
        quickReplies: [
          { label: '查询订单', payload: 'ORDER_STATUS' },
          { label: '看看毛衣', payload: 'SHOW_KNITWEAR' },
        ],
      },
    ];
  }
  if (/\b(hi|hello|hey)\b/i.test(text)) {
    return [
      {
        text: 'Hello! I can track an order or help you find something cosy. What would you like?',
        quickReplies: [
          { label: 'Track my order', payload: 'ORDER_STATUS' },
          { label: 'Show knitwear', payload: 'SHOW_KNITWEAR' },
        ],
      },
    ];
  }
  return [{ text: `You said: ${text || message.payload}` }];
}

/** Like the core: dedupes by delivery id, records both directions, answers from the script. */
export class ScriptedHandler implements MessageHandler {
  readonly received: Message[] = [];
  answered = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async handle(message: Message): Promise<TurnResult> {
    this.received.push(message);
    const conversationId = conversationKey(message.ref);
    const expires = new Date(this.clock.now().getTime() + 3_600_000).toISOString();
    if (!(await this.store.deliveries.claim(message.channel, message.deliveryId, expires))) {
      return { conversationId, replies: [], duplicate: true };
    }
    const at = this.clock.now().toISOString();
    await this.store.messages.append({
      conversationId,
      direction: 'in',
      text: message.text ?? '',
      ...(message.payload ? { payload: message.payload } : {}),
      at,
    });
    const replies = scriptedAnswer(message);
    for (const reply of replies) {
      await this.store.messages.append({ conversationId, direction: 'out', text: replyToPlainText(reply), reply, at });
    }
    this.answered++;
    return { conversationId, replies, duplicate: false };
  }
}

/** Lets a test await the moment an event stream has subscribed (so a publish will reach it). */
export class WatchedBus implements Bus {
  private readonly inner = new InProcessBus();
  private waiters: ((topic: string) => void)[] = [];
  private leaveWaiters: ((topic: string) => void)[] = [];
  /** Subscriptions currently held, per topic. */
  readonly active = new Map<string, number>();

  nextSubscription(): Promise<string> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  nextUnsubscription(): Promise<string> {
    return new Promise((resolve) => this.leaveWaiters.push(resolve));
  }

  publish(topic: string, message: string): Promise<void> {
    return this.inner.publish(topic, message);
  }

  async subscribe(topic: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    const unsubscribe = await this.inner.subscribe(topic, handler);
    this.active.set(topic, (this.active.get(topic) ?? 0) + 1);
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter(topic);
    return async () => {
      await unsubscribe();
      this.active.set(topic, (this.active.get(topic) ?? 1) - 1);
      const leaving = this.leaveWaiters;
      this.leaveWaiters = [];
      for (const waiter of leaving) waiter(topic);
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export interface FixtureOptions {
  clock?: Clock;
  rateLimitPerMinute?: number;
  ipRateLimitPerMinute?: number;
  allowedOrigins?: string[];
  tokenTtlMs?: number;
  heartbeatMs?: number;
}

export interface Fixture {
  url: string;
  store: Store;
  bus: WatchedBus;
  handler: ScriptedHandler;
  adapter: WebChatAdapter;
  /** Stores and sends replies outside a turn, as agent replies and offers do. */
  outbound: Outbound;
  close(): Promise<void>;
}

export async function startFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const clock = options.clock ?? systemClock;
  const log = silentLogger();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'webchat-'));
  const store = await openStore({ dataDir, log, clock });
  const bus = new WatchedBus();
  const handler = new ScriptedHandler(store, clock);
  const adapter = createWebChatAdapter({
    config: {
      WEBCHAT_ALLOWED_ORIGINS: options.allowedOrigins ?? ['https://shop.example'],
      WEBCHAT_RATE_LIMIT_PER_MINUTE: options.rateLimitPerMinute ?? 600,
    },
    handler,
    store,
    bus,
    clock,
    log,
    tokenSecret: TOKEN_SECRET,
    tuning: {
      ...(options.ipRateLimitPerMinute ? { ipRateLimitPerMinute: options.ipRateLimitPerMinute } : {}),
      ...(options.tokenTtlMs ? { tokenTtlMs: options.tokenTtlMs } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    },
  });
  await adapter.start();
  const outbound = new Outbound({ store, clock, log });
  outbound.register(adapter.sender);

  // The demo page shows demo-shop products; their pictures come from the catalog as on the real server.
  await seedDemoShop(store, { clock });
  const app = express();
  app.disable('x-powered-by');
  app.use(productImageRouter({ catalog: createCommerce({ store, clock }).catalog }));
  app.use(adapter.router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    bus,
    handler,
    adapter,
    outbound,
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
