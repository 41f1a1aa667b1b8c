/**
 * Item-item collaborative neighbourhoods: cosine similarity between item columns of the interaction
 * matrix, shrunk towards zero for items with little support, k nearest kept per item. Computed from
 * co-occurrences user by user, so memory stays O(items × k) however large the catalogue.
 */
import { type InteractionMatrix, itemColumns } from '../data/interactions';
import { SparseAccumulator } from '../linalg/sparse-accumulator';
import { drain, WorkMeter } from '../linalg/steps';
import { NeighbourListBuilder, type NeighbourModel } from './neighbours';

export interface ItemKnnOptions {
  /** Neighbours kept per item. */
  neighbours?: number;
  /** Added to the cosine denominator: pairs seen together only once or twice count for less. */
  shrink?: number;
}

export const DEFAULT_KNN = { neighbours: 100, shrink: 10 } as const;

export function* fitItemKnnSteps(
  matrix: InteractionMatrix,
  options: ItemKnnOptions = {},
): Generator<void, NeighbourModel> {
  const k = options.neighbours ?? DEFAULT_KNN.neighbours;
  const shrink = options.shrink ?? DEFAULT_KNN.shrink;
  const n = matrix.itemIds.length;
  const columns = itemColumns(matrix);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = columns.colPtr[i] as number; p < (columns.colPtr[i + 1] as number); p++)
      s += (columns.values[p] as number) ** 2;
    norms[i] = Math.sqrt(s);
  }
  const builder = new NeighbourListBuilder(n, k);
  const acc = new SparseAccumulator(n);
  const meter = new WorkMeter();
  for (let i = 0; i < n; i++) {
    let work = 0;
    // co-occurrence of item i with every item, through the users who touched i
    for (let p = columns.colPtr[i] as number; p < (columns.colPtr[i + 1] as number); p++) {
      const u = columns.rows[p] as number;
      const vi = columns.values[p] as number;
      work += (matrix.rowPtr[u + 1] as number) - (matrix.rowPtr[u] as number);
      for (let q = matrix.rowPtr[u] as number; q < (matrix.rowPtr[u + 1] as number); q++) {
        acc.add(matrix.cols[q] as number, vi * (matrix.values[q] as number));
      }
    }
    const { sums, touched } = acc;
    const ni = norms[i] as number;
    for (const j of touched) sums[j] = (sums[j] as number) / (ni * (norms[j] as number) + shrink);
    builder.addRow(i, sums, touched);
    // top-k over the touched items costs about |touched|·log k more
    // measured: a co-occurrence update costs several multiply-adds' worth (bounds, seen-check, push)
    const cost = 6 * work + 40 * touched.length + 64;
    acc.clear();
    if (meter.add(cost)) yield;
  }
  return builder.build('item-knn');
}

export function fitItemKnn(matrix: InteractionMatrix, options: ItemKnnOptions = {}): NeighbourModel {
  return drain(fitItemKnnSteps(matrix, options));
}
