/** Stratified k-fold splits and out-of-fold predictions, used to choose thresholds and to report CV. */
import type { Lang } from '../core/message';
import { fitTemperature } from './calibration';
import {
  blendedProbabilities,
  type Explanation,
  IntentModel,
  type IntentModelOptions,
  type LabelledText,
} from './intent-model';
import { seededRandom, shuffleInPlace } from './random';
import { applyThreshold, chooseThreshold, NONE_INTENT, type ScoredPrediction } from './threshold';

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
  /** The fold model's raw view of the example, kept so the scores can be recalibrated. */
  explanation: Explanation;
  /** That fold model's intents (the order of `explanation`). */
  intents: readonly string[];
}

export interface CrossValidation {
  /** Scored with the fitted temperature, exactly as the final model will score. */
  predictions: OutOfFoldPrediction[];
  /** Softmax temperature fitted on the out-of-fold margins. */
  temperature: number;
}

/**
 * k-fold out-of-fold predictions with the same features and settings as production, then the
 * softmax temperature fitted on those held-out margins and every prediction rescored with it.
 */
export async function crossValidate(
  lang: Lang,
  examples: readonly LabelledText[],
  options: IntentModelOptions,
  k: number,
  seed: number,
  onFold?: (fold: number, k: number) => void,
): Promise<CrossValidation> {
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
      const explanation = await model.explain(example.text);
      predictions.push({
        text: example.text,
        gold: example.intent,
        top: NONE_INTENT,
        score: 0,
        fold,
        explanation,
        intents: model.intents,
      });
    }
    onFold?.(fold + 1, k);
  }
  const temperature = fitTemperature(
    predictions.map((p) => ({ margins: p.explanation.margins, gold: p.intents.indexOf(p.gold) })),
  );
  for (const p of predictions) {
    const probabilities = blendedProbabilities(p.explanation, temperature, options.neuralWeight);
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    p.top = p.intents[best] ?? NONE_INTENT;
    p.score = probabilities[best] ?? 0;
  }
  return { predictions, temperature };
}

/**
 * Applies to each fold a threshold chosen on the other folds only, so the reported score does
 * not include the optimism of tuning the threshold on the very predictions it is scored on.
 */
export function thresholdedOutOfFold(predictions: readonly OutOfFoldPrediction[]): string[] {
  const folds = [...new Set(predictions.map((p) => p.fold))];
  const cuts = new Map(folds.map((f) => [f, chooseThreshold(predictions.filter((p) => p.fold !== f)).threshold]));
  return predictions.map((p) => applyThreshold(p.top, p.score, cuts.get(p.fold) ?? 0));
}
