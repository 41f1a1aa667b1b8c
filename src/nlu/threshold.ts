/**
 * Picks the confidence threshold below which a guess becomes `None`, from held-out predictions
 * (cross-validation on the corpus, or a validation split), by maximising a metric.
 */
import { macroF1 } from './metrics';

export const NONE_INTENT = 'None';

export interface ScoredPrediction {
  gold: string;
  /** The classifier's best intent and its score. */
  top: string;
  score: number;
}

export function applyThreshold(top: string, score: number, threshold: number): string {
  return score < threshold ? NONE_INTENT : top;
}

export type ThresholdObjective = (gold: string[], predicted: string[]) => number;

/**
 * Cuts whose objective is within this of the best count as tied. On a corpus of a few thousand
 * utterances a tenth of a macro-F1 point is one or two messages, i.e. noise, and the exact maximum
 * made the cut jump with the cross-validation shuffle: over five seeds the Chinese cut ranged
 * 0.18–0.51, and 0.32–0.48 with this tolerance (English 0.33–0.43 and 0.36–0.46). The thresholded
 * 5-fold figure (each fold's cut chosen on the others) moved by +0.0005 (docs/benchmarks-nlu.md).
 */
export const THRESHOLD_TIE_TOLERANCE = 0.001;

/**
 * Tries every distinct score as a cut. Of the cuts that (nearly) tie for best, takes the middle one:
 * a cut in the middle of a flat stretch is the least sensitive to the next unseen message.
 */
export function chooseThreshold(
  predictions: readonly ScoredPrediction[],
  objective: ThresholdObjective = macroF1,
  maxThreshold = 0.95,
  tolerance = THRESHOLD_TIE_TOLERANCE,
): { threshold: number; value: number } {
  const gold = predictions.map((p) => p.gold);
  const candidates = [0, ...new Set(predictions.map((p) => p.score).filter((s) => s <= maxThreshold))].sort(
    (a, b) => a - b,
  );
  // Thin out very long candidate lists: 400 evenly spaced cuts are plenty.
  const step = Math.max(1, Math.floor(candidates.length / 400));
  const cuts = candidates.filter((_, i) => i % step === 0);
  const values = cuts.map((cut) =>
    objective(
      gold,
      predictions.map((p) => applyThreshold(p.top, p.score, cut)),
    ),
  );
  const best = Math.max(...values);
  const bestCuts = cuts.filter((_, i) => values[i]! >= best - tolerance - 1e-12);
  return { threshold: bestCuts[Math.floor((bestCuts.length - 1) / 2)] ?? 0, value: best };
}

/**
 * The threshold that keeps the most in-scope predictions right while still catching at least
 * `minRecall` of the out-of-scope (`None`) examples: CLINC150's protocol (in-scope accuracy at a
 * fixed out-of-scope recall). Falls back to the highest cut when no cut reaches the recall.
 */
export function chooseThresholdForRecall(
  predictions: readonly ScoredPrediction[],
  minRecall: number,
): { threshold: number; inScopeAccuracy: number; outOfScopeRecall: number } {
  const inScope = predictions.filter((p) => p.gold !== NONE_INTENT);
  const outOfScope = predictions.filter((p) => p.gold === NONE_INTENT);
  const cuts = [0, ...new Set(predictions.map((p) => p.score))].sort((a, b) => a - b);
  // Recall only grows with the cut and in-scope accuracy only falls, so the lowest cut that
  // reaches the recall is the best one.
  for (const cut of cuts) {
    const caught = outOfScope.filter((p) => applyThreshold(p.top, p.score, cut) === NONE_INTENT).length;
    const recall = outOfScope.length === 0 ? 1 : caught / outOfScope.length;
    if (recall < minRecall && cut !== cuts.at(-1)) continue;
    const right = inScope.filter((p) => applyThreshold(p.top, p.score, cut) === p.gold).length;
    return {
      threshold: cut,
      inScopeAccuracy: inScope.length === 0 ? 0 : right / inScope.length,
      outOfScopeRecall: recall,
    };
  }
  return { threshold: 0, inScopeAccuracy: 0, outOfScopeRecall: 0 };
}
