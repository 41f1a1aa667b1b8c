/**
 * Everything fitted at one moment, swapped in whole: the item index (catalogue products, then products
 * known only from events), EASE and item-kNN over decayed interactions, TF-IDF content similarity, and
 * trending popularity. Built as steps so the service can spread a large fit over many event-loop turns.
 */
import type { Product } from '../../store/entities';
import { buildMatrixSteps, type InteractionMatrix } from '../data/interactions';
import { type ContentModel, fitContentSteps } from '../models/content';
import { type EaseModel, fitEaseSteps } from '../models/ease';
import { fitItemKnnSteps } from '../models/item-knn';
import type { NeighbourModel } from '../models/neighbours';
import { PopularityModel } from '../models/popularity';
import { productDoc } from './catalog-docs';
import { confidence, type InteractionLog } from './history';
import type { RecommenderOptions } from './options';
import { stockOf } from './rules';

export interface SnapshotStats {
  products: number;
  customers: number;
  interactions: number;
  easeItems: number;
  lambda: number;
  fitMs: number;
}

export interface CatalogueEntry {
  item: number;
  product: Product;
  stock: number;
}

export interface Snapshot {
  readonly itemIds: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The catalogue as it was at fit time; serving re-reads the chosen few for live stock. */
  readonly products: ReadonlyMap<string, Product>;
  /** The same products with their item index and total stock at fit time, for one pass per request. */
  readonly catalogue: readonly CatalogueEntry[];
  readonly ease: EaseModel | undefined;
  readonly knn: NeighbourModel;
  readonly content: ContentModel;
  readonly trending: PopularityModel;
  readonly fittedAt: number;
  /** Last event seq folded into the fit. */
  readonly seq: number;
  readonly stats: SnapshotStats;
}

/** λ = ratio × mean diagonal of XᵀX over touched items: the regularisation keeps pace with the data. */
export function autoLambda(matrix: InteractionMatrix, ratio: number): number {
  const touched = new Set<number>(matrix.cols);
  if (touched.size === 0) return 1;
  let sum = 0;
  for (const v of matrix.values) sum += v * v;
  return Math.max(1, (ratio * sum) / touched.size);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function* buildSnapshotSteps(input: {
  products: readonly Product[];
  log: InteractionLog;
  now: number;
  seq: number;
  options: RecommenderOptions;
  /** The previous snapshot when the catalogue's text has not changed: its content model is reused. */
  sameCatalogueAs?: Snapshot;
}): Generator<void, Snapshot> {
  const started = performance.now();
  const { now, options } = input;
  const products = [...input.products].sort((a, b) => a.id.localeCompare(b.id));
  const catalogue = products.map((p) => p.id);
  const entries = function* (): Generator<{ user: string; item: string; value: number }> {
    for (const e of input.log.entries(now)) yield { ...e, value: confidence(e.value) };
  };
  const matrix = yield* buildMatrixSteps(entries(), { itemIds: catalogue });
  // buildMatrix appends products seen only in events; keep their order stable for reproducible fits
  const itemIds = matrix.itemIds;
  const index = new Map(itemIds.map((id, i) => [id, i]));
  yield;

  const lambda = options.easeLambda === 'auto' ? autoLambda(matrix, options.easeLambdaRatio) : options.easeLambda;
  const ease =
    matrix.cols.length > 0 ? yield* fitEaseSteps(matrix, { lambda, maxItems: options.easeMaxItems }) : undefined;
  const knn = yield* fitItemKnnSteps(matrix, { neighbours: 50, shrink: 2 });
  const byId = new Map(products.map((p) => [p.id, p]));
  // Content depends on the catalogue's text alone: between catalogue changes, only the
  // collaborative parts and trending need refitting.
  const previous = input.sameCatalogueAs;
  const content =
    previous !== undefined && sameIds(previous.itemIds, itemIds)
      ? previous.content
      : yield* fitContentSteps(
          itemIds.map((id) => {
            const product = byId.get(id);
            return product ? productDoc(product) : { fields: [] };
          }),
          { neighbours: 30 },
        );
  const heat = input.log.heatAt(now);
  const trending = new PopularityModel(
    Float64Array.from(itemIds, (id) => heat.get(id) ?? 0),
    'trending',
  );
  return {
    itemIds,
    index,
    products: byId,
    catalogue: products.map((product) => ({ item: index.get(product.id) as number, product, stock: stockOf(product) })),
    ease,
    knn,
    content,
    trending,
    fittedAt: now,
    seq: input.seq,
    stats: {
      products: products.length,
      customers: matrix.userIds.length,
      interactions: matrix.cols.length,
      easeItems: ease?.modelItems ?? 0,
      lambda,
      fitMs: performance.now() - started,
    },
  };
}
