/**
 * Product popularity from the omnichannel event log (views, cart adds, purchases over a recent window),
 * used to break ties between equally relevant search results.
 */
import type { Clock } from '../../core/clock';
import type { EventRepo } from '../../store/repositories';

export interface PopularitySource {
  /** Higher is more popular; products absent from the map count as 0. */
  scores(): Promise<Map<string, number>>;
}

const EVENT_WEIGHTS: Record<string, number> = { product_view: 1, cart_add: 3, purchase: 6 };

export class EventPopularity implements PopularitySource {
  private cached: { at: number; scores: Map<string, number> } | undefined;

  constructor(
    private readonly deps: {
      events: EventRepo;
      clock: Clock;
      windowDays?: number;
      /** Recomputed at most this often; popularity moves slowly. */
      ttlMs?: number;
    },
  ) {}

  async scores(): Promise<Map<string, number>> {
    const now = this.deps.clock.now().getTime();
    if (this.cached && now - this.cached.at < (this.deps.ttlMs ?? 300_000)) return this.cached.scores;
    const from = new Date(now - (this.deps.windowDays ?? 90) * 86_400_000).toISOString();
    const events = await this.deps.events.list({ types: Object.keys(EVENT_WEIGHTS), from, limit: 100_000 });
    const scores = new Map<string, number>();
    for (const event of events) {
      if (!event.productId) continue;
      scores.set(event.productId, (scores.get(event.productId) ?? 0) + (EVENT_WEIGHTS[event.type] ?? 0));
    }
    this.cached = { at: now, scores };
    return scores;
  }
}
