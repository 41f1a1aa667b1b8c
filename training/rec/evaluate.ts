/**
 * Fits one model on a training split and ranks items for every test user: ranking metrics, fit time,
 * the time to serve one top-k list (score every item, drop the user's training items, take the k
 * best), and how much memory the fitted model holds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildMatrix, type InteractionMatrix, indexOf, rowOf } from '../../src/recommend/data/interactions';
import type { ItemScorer } from '../../src/recommend/models/scorer';
import { topK } from '../../src/recommend/ranking/top-k';
import type { Interaction } from './dataset';
import { MetricsAccumulator, quantile, type RankingMetrics } from './metrics';

export interface TrainSet {
  matrix: InteractionMatrix;
  /** Item text by item id, when the data set has it. */
  itemText?: Map<string, string>;
}

export interface ModelSpec {
  name: string;
  /** One line for the report: what was fitted, with which settings. */
  describe: string;
  fit(train: TrainSet): ItemScorer;
}

export interface MemoryDelta {
  rssMb: number;
  heapMb: number;
  /** Typed arrays live outside the JS heap. */
  arrayBuffersMb: number;
}

export interface ModelResult {
  model: string;
  describe: string;
  metrics: RankingMetrics;
  fitSeconds: number;
  /** Exact size of the fitted model's typed arrays. */
  modelMb: number;
  latencyMs: { p50: number; p99: number; mean: number };
  memory: MemoryDelta;
}

/** Ratings count as interactions: every training row is a 1. */
export function trainMatrix(train: readonly Interaction[]): InteractionMatrix {
  return buildMatrix(train.map((r) => ({ user: r.user, item: r.item, value: 1 })));
}

const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => {};
})();

function memory(): { rss: number; heap: number; buffers: number } {
  // twice: array buffers freed by the first pass are only released by the next
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, buffers: m.arrayBuffers };
}

const MB = 1024 * 1024;

export function evaluateModel(
  spec: ModelSpec,
  train: TrainSet,
  test: ReadonlyMap<string, ReadonlySet<string>>,
  k: number,
  progress?: (done: number, total: number) => void,
): ModelResult {
  const before = memory();
  const start = performance.now();
  const model = spec.fit(train);
  const fitSeconds = (performance.now() - start) / 1000;
  const after = memory();

  const { matrix } = train;
  const users = indexOf(matrix.userIds);
  const n = matrix.itemIds.length;
  const scores = new Float64Array(n);
  const seen = new Uint8Array(n);
  const metrics = new MetricsAccumulator(k);
  const latencies: number[] = [];
  const evaluated = [...test.keys()].filter((u) => users.has(u));
  evaluated.forEach((user, done) => {
    const u = users.get(user) as number;
    const history = rowOf(matrix, u);
    const t0 = performance.now();
    scores.fill(0);
    model.scoreInto(history, scores);
    for (let p = 0; p < history.items.length; p++) seen[history.items[p] as number] = 1;
    const top = topK(scores, k, seen);
    latencies.push(performance.now() - t0);
    for (let p = 0; p < history.items.length; p++) seen[history.items[p] as number] = 0;
    metrics.add(
      Array.from(top, (i) => matrix.itemIds[i] as string),
      test.get(user) as ReadonlySet<string>,
    );
    if (progress && (done % 500 === 499 || done === evaluated.length - 1)) progress(done + 1, evaluated.length);
  });
  const mean = latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length);
  // keep the model alive until after the memory reading above
  void model.itemCount;
  return {
    model: spec.name,
    describe: spec.describe,
    metrics: metrics.result(n),
    fitSeconds,
    modelMb: model.bytes / MB,
    latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), mean },
    memory: {
      rssMb: (after.rss - before.rss) / MB,
      heapMb: (after.heap - before.heap) / MB,
      arrayBuffersMb: (after.buffers - before.buffers) / MB,
    },
  };
}
