/**
 * End-to-end turn benchmark: the real Bot (embedded store with the demo shop, the dialogue with every
 * skill) answering a fixed list of messages, once with a given NLU. Each message goes to one of a few
 * conversations in turn, so state, forms and references are exercised as in real traffic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommerce, seedDemoShop } from '../../src/commerce';
import { Bot } from '../../src/core/bot';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import type { Message } from '../../src/core/message';
import type { HandoffPort } from '../../src/core/ports';
import { ConciergeDialogue } from '../../src/dialogue';
import type { Nlu } from '../../src/nlu/types';
import { openStore } from '../../src/store/open-store';
import { quantiles } from '../nlu/speed';

/** Handoffs are out of scope here: a request is noted and the bot carries on. */
const noHandoff: HandoffPort = {
  relayIfOwned: async () => false,
  request: async () => undefined,
  handlePayload: async () => false,
};

export interface TurnBenchResult {
  messages: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  messagesPerSecond: number;
}

export async function benchTurns(nlu: Nlu, texts: readonly string[], conversations = 20): Promise<TurnBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-bench-'));
  const clock = new ManualClock('2026-01-15T10:00:00.000Z');
  const log = silentLogger();
  const store = await openStore({ dataDir: dir, log, clock });
  try {
    await seedDemoShop(store, { clock });
    const commerce = createCommerce({ store, clock });
    const dialogue = new ConciergeDialogue({ ...commerce, notes: store.notes });
    const bot = new Bot({ store, nlu, dialogue, handoff: noHandoff, clock, log });
    const message = (i: number, text: string): Message => {
      const id = `bench-${i % conversations}`;
      return {
        channel: 'test',
        channelUserId: id,
        channelConversationId: id,
        deliveryId: `m${i}`,
        text,
        timestamp: clock.now(),
        ref: { channel: 'test', channelConversationId: id, channelUserId: id },
      };
    };
    for (let i = 0; i < Math.min(50, texts.length); i++) await bot.handle(message(-1 - i, texts[i] ?? 'hi'));
    const times: number[] = [];
    const started = process.hrtime.bigint();
    for (let i = 0; i < texts.length; i++) {
      clock.advance(1000);
      const t0 = process.hrtime.bigint();
      await bot.handle(message(i, texts[i] ?? ''));
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const meanMs = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    return { messages: times.length, ...quantiles(times), meanMs, messagesPerSecond: texts.length / seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
