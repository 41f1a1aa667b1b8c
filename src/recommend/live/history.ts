/**
 * The event log folded into what the recommender needs: per customer and product, a time-decayed
 * interaction weight and whether it was bought; per product, a faster-decaying "heat" for trending.
 *
 * Decay without rewriting every entry as time passes: each weight is stored relative to a fixed
 * anchor time (w · 2^((t − anchor)/halfLife)) and read back at `now` with one more factor.
 */
import type { CustomerEvent } from '../../store/entities';

export interface Touch {
  /** Weight relative to the anchor; read it through `InteractionLog.weightAt`. */
  anchored: number;
  purchased: boolean;
  lastAt: number;
}

export interface HistoryEntry {
  productId: string;
  /** Decayed weight now. */
  weight: number;
  purchased: boolean;
}

export class InteractionLog {
  private readonly byCustomer = new Map<string, Map<string, Touch>>();
  private readonly heat = new Map<string, number>();
  private events = 0;

  constructor(
    private readonly weights: Readonly<Record<string, number>>,
    private readonly halfLifeMs: number,
    private readonly trendingHalfLifeMs: number,
    readonly anchor: number,
  ) {}

  /** Folds one event in; false when it says nothing about products. */
  apply(event: Pick<CustomerEvent, 'customerId' | 'productId' | 'type' | 'at'>): boolean {
    const w = this.weights[event.type];
    if (!w || !event.productId) return false;
    const at = Date.parse(event.at);
    if (Number.isNaN(at)) return false;
    this.heat.set(
      event.productId,
      (this.heat.get(event.productId) ?? 0) + w * 2 ** ((at - this.anchor) / this.trendingHalfLifeMs),
    );
    if (event.customerId) {
      let touches = this.byCustomer.get(event.customerId);
      if (!touches) {
        touches = new Map();
        this.byCustomer.set(event.customerId, touches);
      }
      const t = touches.get(event.productId) ?? { anchored: 0, purchased: false, lastAt: at };
      t.anchored += w * 2 ** ((at - this.anchor) / this.halfLifeMs);
      t.purchased ||= event.type === 'purchase';
      t.lastAt = Math.max(t.lastAt, at);
      touches.set(event.productId, t);
    }
    this.events++;
    return true;
  }

  /** Drops a customer at once (erasure); their share of trending fades with the next full rebuild. */
  forget(customerId: string): boolean {
    return this.byCustomer.delete(customerId);
  }

  get eventCount(): number {
    return this.events;
  }

  get customerCount(): number {
    return this.byCustomer.size;
  }

  weightAt(touch: Touch, now: number): number {
    return touch.anchored * 2 ** ((this.anchor - now) / this.halfLifeMs);
  }

  /** A customer's history at `now`, optionally with events not folded in yet (read live). */
  historyOf(customerId: string, now: number, fresh: readonly CustomerEvent[] = []): HistoryEntry[] {
    const merged = new Map<string, { weight: number; purchased: boolean }>();
    for (const [productId, t] of this.byCustomer.get(customerId) ?? []) {
      merged.set(productId, { weight: this.weightAt(t, now), purchased: t.purchased });
    }
    for (const e of fresh) {
      const w = this.weights[e.type];
      if (!w || !e.productId || e.customerId !== customerId) continue;
      const at = Date.parse(e.at);
      const entry = merged.get(e.productId) ?? { weight: 0, purchased: false };
      entry.weight += w * 2 ** ((at - now) / this.halfLifeMs);
      entry.purchased ||= e.type === 'purchase';
      merged.set(e.productId, entry);
    }
    return [...merged].map(([productId, v]) => ({ productId, ...v }));
  }

  /** Every (customer, product, decayed weight) for fitting. */
  *entries(now: number): Generator<{ user: string; item: string; value: number }> {
    for (const [user, touches] of this.byCustomer) {
      for (const [item, t] of touches) yield { user, item, value: this.weightAt(t, now) };
    }
  }

  /** Trending heat per product at `now`. */
  heatAt(now: number): Map<string, number> {
    const f = 2 ** ((this.anchor - now) / this.trendingHalfLifeMs);
    return new Map([...this.heat].map(([id, h]) => [id, h * f]));
  }
}

/** How a decayed interaction weight enters the models: damped, so ten views are not ten times one. */
export function confidence(weight: number): number {
  return Math.log1p(Math.max(0, weight));
}
