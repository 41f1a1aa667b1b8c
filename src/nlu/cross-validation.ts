/** Stratified k-fold splits and out-of-fold predictions, used to choose thresholds and to report CV. */
import type { Lang } from '../core/message';
import { IntentModel, type IntentModelOptions, type LabelledText } from './intent-model';
import { seededRandom, shuffleInPlace } from './random';
import type { ScoredPrediction } from './threshold';

/** Fold number (0..k-1) for each example; each class is dealt round-robin after a seeded shuffle. */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const byClass = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const members = byClass.get(label) ?? [];
    members.push(i);
    byClass.set(label, members);
  });
  const folds = new Array<number>(labels.length).fill(0);
  let offset = 0;
  for (const label of [...byClass.keys()].sort()) {
    const members = byClass.get(label)!;
    shuffleInPlace(members, random);
    // Rotating the starting fold keeps small classes from all landing in fold 0.
    members.forEach((index, j) => {
      folds[index] = (offset + j) % k;
    });
    offset = (offset + members.length) % k;
  }
  return folds;
}

export interface OutOfFoldPrediction extends ScoredPrediction {
  text: string;
  fold: number;
}

export async function outOfFoldPredictions(
  lang: Lang,
  examples: readonly LabelledText[],
  options: IntentModelOptions,
  k: number,
  seed: number,
  onFold?: (fold: number, k: number) => void,
): Promise<OutOfFoldPrediction[]> {
  const folds = stratifiedFolds(
    examples.map((e) => e.intent),
    k,
    seed,
  );
  const predictions: OutOfFoldPrediction[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((_, i) => folds[i] !== fold);
    const model = await IntentModel.train(lang, train, options);
    for (let i = 0; i < examples.length; i++) {
      if (folds[i] !== fold) continue;
      const example = examples[i]!;
      const best = (await model.scores(example.text))[0];
      predictions.push({
        text: example.text,
        gold: example.intent,
        top: best?.intent ?? 'None',
        score: best?.score ?? 0,
        fold,
      });
    }
    onFold?.(fold + 1, k);
  }
  return predictions;
}
