/**
 * A real Bot for one transcript: the demo shop in an embedded store, the trained NLU, the dialogue
 * engine with every built-in skill, a manual clock, and a handoff port that records what was asked.
 */
import { createCommerce } from '../../../src/commerce';
import { Bot } from '../../../src/core/bot';
import { ManualClock } from '../../../src/core/clock';
import type { HandoffReason, TurnContext } from '../../../src/core/context';
import { silentLogger } from '../../../src/core/logger';
import type { Message } from '../../../src/core/message';
import type { HandoffPort, TurnResult } from '../../../src/core/ports';
import { ConciergeDialogue } from '../../../src/dialogue';
import type { Nlu, NluResult } from '../../../src/nlu/types';
import { RecommendationService } from '../../../src/recommend';
import { LiveRecommender } from '../../../src/skills';
import type { Store } from '../../../src/store/repositories';
import { transcriptNlu } from './nlu-cache';
import { openSeededStore } from './shop';

/** Records handoff requests; once one is made, the bot goes quiet as it would with a human in charge. */
export class RecordingHandoff implements HandoffPort {
  readonly requests: { reason: HandoffReason; detail?: string }[] = [];
  private owned = new Set<string>();

  async relayIfOwned(ctx: TurnContext): Promise<boolean> {
    return this.owned.has(ctx.conversation.id);
  }

  /** No handoff-owned payloads here: every button goes to the dialogue. */
  async handlePayload(): Promise<boolean> {
    return false;
  }

  async request(ctx: TurnContext, reason: HandoffReason, detail?: string): Promise<void> {
    if (this.owned.has(ctx.conversation.id)) return;
    this.owned.add(ctx.conversation.id);
    this.requests.push(detail === undefined ? { reason } : { reason, detail });
  }
}

/** Wraps the NLU to remember the last result, so transcripts can assert the intent. */
class RecordingNlu implements Nlu {
  last: NluResult | undefined;
  constructor(private readonly inner: Nlu) {}
  async classify(text: string, options?: Parameters<Nlu['classify']>[1]): Promise<NluResult> {
    this.last = await this.inner.classify(text, options);
    return this.last;
  }
}

export interface Harness {
  clock: ManualClock;
  store: Store;
  handoff: RecordingHandoff;
  nlu: RecordingNlu;
  send(input: { text?: string; payload?: string }): Promise<TurnResult>;
  close(): Promise<void>;
}

/**
 * A harness for one transcript. The conversation is named after it, so the wording a reply picks
 * among its variants (seeded by conversation and turn) does not depend on which transcripts ran
 * before it.
 */
export async function startHarness(name: string, start?: string): Promise<Harness> {
  const clock = new ManualClock(start);
  const { store, cleanup } = await openSeededStore(clock);
  const commerce = createCommerce({ store, clock });
  // The trained recommender the server uses, fitted on the seeded shop's events at its first use.
  const recommendations = new RecommendationService({ products: store.products, events: store.events, clock });
  const dialogue = new ConciergeDialogue({
    ...commerce,
    notes: store.notes,
    events: store.events,
    recommender: new LiveRecommender({ service: recommendations, products: store.products }),
  });
  const nlu = new RecordingNlu(await transcriptNlu(commerce.catalog, clock));
  const handoff = new RecordingHandoff();
  const bot = new Bot({ store, nlu, dialogue, handoff, clock, log: silentLogger() });
  const ref = {
    channel: 'test' as const,
    channelConversationId: `transcript-${name}`,
    channelUserId: `shopper-${name}`,
  };
  let deliveries = 0;
  return {
    clock,
    store,
    handoff,
    nlu,
    async send(input) {
      deliveries += 1;
      nlu.last = undefined;
      const message: Message = {
        channel: ref.channel,
        channelUserId: ref.channelUserId,
        channelConversationId: ref.channelConversationId,
        deliveryId: `d-${deliveries}`,
        timestamp: clock.now(),
        ref,
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.payload !== undefined ? { payload: input.payload } : {}),
      };
      return bot.handle(message);
    },
    close: cleanup,
  };
}
