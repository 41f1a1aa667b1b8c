/**
 * Picks EASE's λ and the hybrid's weights without touching the test split: the training split is split
 * again with the same protocol (seed + 1) and every candidate is scored by NDCG@k on that validation
 * part. λ needs one fit per candidate; blend weights reuse the fitted parts.
 */
import { type InteractionMatrix, indexOf, rowOf } from '../../src/recommend/data/interactions';
import { fitContent } from '../../src/recommend/models/content';
import { fitEase } from '../../src/recommend/models/ease';
import { HybridModel } from '../../src/recommend/models/hybrid';
import { fitItemKnn } from '../../src/recommend/models/item-knn';
import type { ItemScorer } from '../../src/recommend/models/scorer';
import { topK } from '../../src/recommend/ranking/top-k';
import type { Interaction } from './dataset';
import { trainMatrix } from './evaluate';
import { MetricsAccumulator } from './metrics';
import type { ModelSettings } from './models';
import { type Protocol, split } from './protocols';

export const LAMBDA_GRID = [50, 100, 200, 300, 400, 500, 700, 1000, 1500];
const KNN_WEIGHTS = [0, 0.05, 0.1, 0.2, 0.4];
const CONTENT_WEIGHTS = [0, 0.02, 0.05, 0.1, 0.2];

function validationNdcg(
  model: ItemScorer,
  matrix: InteractionMatrix,
  test: ReadonlyMap<string, ReadonlySet<string>>,
  k: number,
): number {
  const users = indexOf(matrix.userIds);
  const n = matrix.itemIds.length;
  const scores = new Float64Array(n);
  const seen = new Uint8Array(n);
  const acc = new MetricsAccumulator(k);
  for (const [user, relevant] of test) {
    const u = users.get(user);
    if (u === undefined) continue;
    const history = rowOf(matrix, u);
    scores.fill(0);
    model.scoreInto(history, scores);
    for (let p = 0; p < history.items.length; p++) seen[history.items[p] as number] = 1;
    const top = topK(scores, k, seen);
    for (let p = 0; p < history.items.length; p++) seen[history.items[p] as number] = 0;
    acc.add(
      Array.from(top, (i) => matrix.itemIds[i] as string),
      relevant,
    );
  }
  return acc.result(n).ndcg;
}

export function tuneSettings(input: {
  rows: readonly Interaction[];
  protocol: Protocol;
  seed: number;
  k: number;
  base: ModelSettings;
  hasText: boolean;
  itemText: Map<string, string> | undefined;
  lambdaGrid?: readonly number[];
  log: (message: string) => void;
}): { settings: ModelSettings; report: Record<string, unknown> } {
  const { k, base, log } = input;
  const inner = split(input.rows, input.protocol, input.seed + 1);
  const matrix = trainMatrix(inner.train);
  log(`tuning on ${inner.train.length} interactions, ${inner.test.size} validation users`);

  const lambdas: { lambda: number; ndcg: number }[] = [];
  let best = { lambda: base.lambda, ndcg: -1 };
  for (const lambda of input.lambdaGrid ?? LAMBDA_GRID) {
    const ndcg = validationNdcg(
      fitEase(matrix, { lambda, ...(base.easeMaxItems && { maxItems: base.easeMaxItems }) }),
      matrix,
      inner.test,
      k,
    );
    lambdas.push({ lambda, ndcg });
    log(`  λ = ${lambda}: validation NDCG@${k} ${ndcg.toFixed(4)}`);
    if (ndcg > best.ndcg) best = { lambda, ndcg };
  }

  const ease = fitEase(matrix, { lambda: best.lambda, ...(base.easeMaxItems && { maxItems: base.easeMaxItems }) });
  const knn = fitItemKnn(matrix, { neighbours: base.neighbours, shrink: base.shrink });
  const content =
    input.hasText && input.itemText
      ? fitContent(matrix.itemIds.map((id) => ({ fields: [{ text: input.itemText?.get(id) ?? '', weight: 1 }] })))
      : undefined;
  const blends: { knnWeight: number; contentWeight: number; ndcg: number }[] = [];
  let bestBlend = { knnWeight: 0, contentWeight: 0, ndcg: -1 };
  for (const knnWeight of KNN_WEIGHTS) {
    for (const contentWeight of content ? CONTENT_WEIGHTS : [0]) {
      const parts = [
        { model: ease, weight: 1 },
        { model: knn, weight: knnWeight },
        ...(content ? [{ model: content, weight: contentWeight }] : []),
      ];
      const ndcg = validationNdcg(new HybridModel(parts), matrix, inner.test, k);
      blends.push({ knnWeight, contentWeight, ndcg });
      if (ndcg > bestBlend.ndcg) bestBlend = { knnWeight, contentWeight, ndcg };
    }
  }
  log(
    `  hybrid: item-knn ${bestBlend.knnWeight}, content ${bestBlend.contentWeight}: validation NDCG@${k} ${bestBlend.ndcg.toFixed(4)}`,
  );
  return {
    settings: { ...base, lambda: best.lambda, knnWeight: bestBlend.knnWeight, contentWeight: bestBlend.contentWeight },
    report: { validationUsers: inner.test.size, lambdas, chosenLambda: best.lambda, blends, chosenBlend: bestBlend },
  };
}
