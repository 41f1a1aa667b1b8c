/**
 * Recommendations for the bot, from live products and the event log.
 *
 * Serving never fits anything: it reads the fitted snapshot, the shopper's history (folded log plus
 * their events since the last refresh, read live), scores, applies the business rules to fresh
 * product records and explains each pick. `refresh()` catches up with the event log incrementally
 * (afterSeq) and refits when enough has changed; a refit runs in slices that yield to the event loop,
 * so chat turns keep flowing while it works.
 */
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { CustomerEvent, Product } from '../store/entities';
import type { EventRepo, ProductRepo } from '../store/repositories';
import { runSliced } from './linalg/steps';
import { blend, explain, type Reason, total } from './live/blend';
import { productDoc } from './live/catalog-docs';
import { confidence, InteractionLog } from './live/history';
import { type RecommenderOptions, resolveOptions } from './live/options';
import {
  type Constraints,
  diversify,
  type EligibilityContext,
  isEligible,
  priceFactor,
  referencePrice,
} from './live/rules';
import { buildSnapshotSteps, type Snapshot, type SnapshotStats } from './live/snapshot';
import { topK } from './ranking/top-k';

export interface RecommendationRequest {
  customerId?: string;
  /** "More like this": recommendations around one product. */
  seedProductId?: string;
  /** The shopper's own words for what they want ("for a summer wedding"); a seed product wins. */
  about?: string;
  constraints?: Constraints;
  limit: number;
}

export interface RecommendedProduct {
  product: Product;
  /** Blended score after rules (0..~1.5); comparable within one list only. */
  score: number;
  reason: Reason;
}

export interface RecommendationServiceDeps {
  products: Pick<ProductRepo, 'list' | 'get'>;
  events: Pick<EventRepo, 'list'>;
  clock: Clock;
  log?: Logger;
  options?: Partial<RecommenderOptions>;
}

export interface RefreshReport {
  newEvents: number;
  refitted: boolean;
  fullRebuild: boolean;
  seq: number;
  stats?: SnapshotStats;
}

const MAX_LIMIT = 50;

/** Text-relevant fields only: a stock change must not trigger a refit, a renamed product must. */
function catalogueSignature(products: readonly Product[]): string {
  return products
    .map((p) =>
      [
        p.id,
        p.category,
        p.name.en,
        p.name.zh,
        p.description.en,
        p.description.zh,
        p.tags.join(','),
        p.colours.join(','),
      ].join('\u0001'),
    )
    .sort()
    .join('\u0002');
}

export class RecommendationService {
  private readonly options: RecommenderOptions;
  private readonly types: string[];
  private log: InteractionLog;
  private seq = 0;
  private snapshot: Snapshot | undefined;
  private signature = '';
  private eventsSinceFit = 0;
  private lastFullRebuild = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<RefreshReport> | undefined;

  constructor(private readonly deps: RecommendationServiceDeps) {
    this.options = resolveOptions(deps.options);
    this.types = Object.keys(this.options.eventWeights);
    this.log = this.newLog(deps.clock.now().getTime());
  }

  private newLog(anchor: number): InteractionLog {
    const day = 86_400_000;
    return new InteractionLog(
      this.options.eventWeights,
      this.options.halfLifeDays * day,
      this.options.trendingHalfLifeDays * day,
      anchor,
    );
  }

  /**
   * Reads new events and refits when due (or when `force`d). `full` re-reads the whole log, which
   * also happens on its own every `fullRebuildIntervalMs`. Concurrent calls share one run.
   */
  refresh(options: { force?: boolean; full?: boolean } = {}): Promise<RefreshReport> {
    if (!this.inFlight) {
      this.inFlight = this.runRefresh(options.force ?? false, options.full ?? false).finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  private async runRefresh(force: boolean, full: boolean): Promise<RefreshReport> {
    const now = this.deps.clock.now().getTime();
    const rebuild = full || !this.snapshot || now - this.lastFullRebuild >= this.options.fullRebuildIntervalMs;
    // A rebuild folds into a fresh log and swaps it in at the end; serving keeps using the old one.
    const log = rebuild ? this.newLog(now) : this.log;
    let seq = rebuild ? 0 : this.seq;
    let newEvents = 0;
    for (;;) {
      const page = await this.deps.events.list({ afterSeq: seq, types: this.types, limit: this.options.pageSize });
      for (const event of page) {
        if (log.apply(event)) newEvents++;
        seq = Math.max(seq, event.seq);
      }
      // Folding into the live log: move its seq along, or a request in between would read these
      // events again as "fresh" and count them twice.
      if (!rebuild) this.seq = seq;
      if (page.length < this.options.pageSize) break;
    }
    const products = await this.deps.products.list();
    const signature = catalogueSignature(products);
    this.eventsSinceFit += newEvents;
    const last = this.snapshot;
    const due =
      force ||
      rebuild ||
      !last ||
      signature !== this.signature ||
      (this.eventsSinceFit >= this.options.refitMinEvents && now - last.fittedAt >= this.options.refitMinIntervalMs);
    let snapshot = last;
    if (due) {
      const steps = buildSnapshotSteps({
        products,
        log,
        now,
        seq,
        options: this.options,
        ...(last && signature === this.signature && { sameCatalogueAs: last }),
      });
      snapshot = await runSliced(steps, this.options.sliceMs);
      this.eventsSinceFit = 0;
      this.signature = signature;
      this.deps.log?.info({ recommender: snapshot.stats, seq, fullRebuild: rebuild }, 'recommender refitted');
    }
    this.log = log;
    this.seq = seq;
    this.snapshot = snapshot;
    if (rebuild) this.lastFullRebuild = now;
    return { newEvents, refitted: due, fullRebuild: rebuild, seq, ...(snapshot && { stats: snapshot.stats }) };
  }

  /** Forgets a customer's history at once (erasure); the next full rebuild forgets the rest. */
  forget(customerId: string): void {
    this.log.forget(customerId);
  }

  /** What is being served (for health checks and logs). */
  status(): { ready: boolean; seq: number; fittedAt?: string; stats?: SnapshotStats } {
    const s = this.snapshot;
    return s
      ? { ready: true, seq: this.seq, fittedAt: new Date(s.fittedAt).toISOString(), stats: s.stats }
      : { ready: false, seq: this.seq };
  }

  async recommend(request: RecommendationRequest): Promise<RecommendedProduct[]> {
    if (!this.snapshot) await this.refresh();
    const snap = this.snapshot as Snapshot;
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(request.limit)));
    if (limit === 0) return [];
    const now = this.deps.clock.now().getTime();
    const constraints = request.constraints ?? {};

    const fresh: CustomerEvent[] = request.customerId
      ? await this.deps.events.list({ customerId: request.customerId, afterSeq: this.seq, types: this.types })
      : [];
    const entries = request.customerId ? this.log.historyOf(request.customerId, now, fresh) : [];
    const items: number[] = [];
    const values: number[] = [];
    const purchased = new Set<number>();
    for (const e of entries) {
      const i = snap.index.get(e.productId);
      if (i === undefined) continue;
      items.push(i);
      values.push(confidence(e.weight));
      if (e.purchased) purchased.add(i);
    }
    const history = { items, values };

    const seedProduct = request.seedProductId
      ? (snap.products.get(request.seedProductId) ?? (await this.deps.products.get(request.seedProductId)))
      : null;
    const seed = seedProduct ? snap.index.get(seedProduct.id) : undefined;
    const seedDoc = seedProduct && seed === undefined ? productDoc(seedProduct).fields : undefined;
    const about = !seedProduct && request.about?.trim() ? request.about.trim() : undefined;
    const input = {
      history,
      ...(seed !== undefined && { seed }),
      ...(seedDoc && { seedDoc }),
      ...(about && { about }),
    };
    const parts = blend(snap, input, this.options);

    const ctx: EligibilityContext = {
      constraints,
      purchased: new Set(entries.filter((e) => e.purchased).map((e) => e.productId)),
      exclude: new Set(seedProduct ? [seedProduct.id] : []),
      consumableCategories: new Set(this.options.consumableCategories),
    };
    // "Near what the shopper looks at": the seed's price when there is one, else their history's;
    // an explicit price range from the shopper replaces the band altogether.
    const explicitPrice = constraints.maxPriceCents !== undefined || constraints.minPriceCents !== undefined;
    const reference = explicitPrice
      ? undefined
      : seedProduct
        ? seedProduct.priceCents
        : referencePrice(
            entries.map((e) => ({ priceCents: snap.products.get(e.productId)?.priceCents ?? 0, weight: e.weight })),
          );

    // One pass over the catalogue; the ranking key adds a hair of stock so that equal scores (a shop
    // with no events yet) prefer the better-stocked product, then the lower id (item order).
    const n = snap.itemIds.length;
    const scores = new Float64Array(n);
    const keys = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    for (const { item, product, stock } of snap.catalogue) {
      if (!isEligible(product, ctx, stock)) continue;
      const score =
        Math.max(0, total(parts, item)) * priceFactor(product.priceCents, reference, this.options.priceBand);
      scores[item] = score;
      keys[item] = score + 1e-9 * Math.min(1, stock / 1000);
    }
    const confirmed = await this.confirmLive(keys, snap, ctx, limit);
    return diversify(
      confirmed.map(({ item, product }) => ({ item, product, score: scores[item] as number })),
      limit,
      this.options.diversityPenalty,
    ).map(({ item, product, score }) => ({
      product,
      score,
      reason: explain(snap, parts, item, { ...input, purchased }),
    }));
  }

  /**
   * Re-reads the best candidates from the store so stock and status are current, in batches, until
   * enough pass (a few spares let diversity choose between categories).
   */
  private async confirmLive(
    keys: Float64Array,
    snap: Snapshot,
    ctx: EligibilityContext,
    limit: number,
  ): Promise<{ item: number; product: Product }[]> {
    const want = limit * 3;
    const batchSize = want + 8;
    let order = topK(keys, batchSize * 4);
    const out: { item: number; product: Product }[] = [];
    for (let start = 0; start < order.length && out.length < want; start += batchSize) {
      const batch = Array.from(order.subarray(start, start + batchSize));
      const ids = batch.map((item) => snap.itemIds[item] as string);
      const live = new Map((await this.deps.products.list({ ids })).map((p) => [p.id, p]));
      for (const item of batch) {
        const product = live.get(snap.itemIds[item] as string);
        if (product && isEligible(product, ctx)) out.push({ item, product });
      }
      // Much stock sold since the fit: widen to every eligible candidate.
      if (start + batchSize >= order.length && out.length < want && order.length === batchSize * 4)
        order = topK(keys, keys.length);
    }
    return out;
  }
}
