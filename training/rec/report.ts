/** Readable results: a markdown table of every model, ratios against the popularity baseline. */
import type { ModelResult } from './evaluate';

/**
 * Microsoft Recommenders README, MovieLens-100k, random stratified 75/25, seen items removed, k = 10.
 * For comparison only: valid for a run on the real `u.data`, not for any other file.
 */
export const PUBLISHED_ML100K = [
  { model: 'BiVAE', ndcg: 0.475, precision: 0.412 },
  { model: 'BPR', ndcg: 0.442, precision: 0.388 },
  { model: 'LightGCN', ndcg: 0.42, precision: 0.38 },
  { model: 'NCF', ndcg: 0.396, precision: 0.347 },
  { model: 'SAR', ndcg: 0.382, precision: 0.331 },
] as const;

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);

function ratio(x: number, base: number | undefined): string {
  return base && base > 0 ? `${(x / base).toFixed(2)}×` : '–';
}

export function resultsTable(results: readonly ModelResult[], k: number): string {
  const base = results.find((r) => r.model === 'popularity')?.metrics;
  const lines = [
    `| model | P@${k} | R@${k} | NDCG@${k} | MAP@${k} | MAP (÷\\|T\\|) | HR@${k} | coverage | NDCG vs pop | HR vs pop | fit s | serve p50 ms | serve p99 ms | model MB | RSS Δ MB | heap Δ MB |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const m = r.metrics;
    lines.push(
      `| ${r.model} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.ndcg)} | ${f3(m.map)} | ${f3(m.mapFull)} | ${f3(m.hit)} | ${f3(m.coverage)} | ${ratio(m.ndcg, base?.ndcg)} | ${ratio(m.hit, base?.hit)} | ${r.fitSeconds.toFixed(2)} | ${r.latencyMs.p50.toFixed(3)} | ${r.latencyMs.p99.toFixed(3)} | ${f1(r.modelMb)} | ${f1(r.memory.rssMb)} | ${f1(r.memory.heapMb)} |`,
    );
  }
  return lines.join('\n');
}

export function publishedTable(): string {
  return [
    '| published (MovieLens-100k only) | NDCG@10 | P@10 |',
    '|---|---|---|',
    ...PUBLISHED_ML100K.map((p) => `| ${p.model} | ${f3(p.ndcg)} | ${f3(p.precision)} |`),
  ].join('\n');
}
