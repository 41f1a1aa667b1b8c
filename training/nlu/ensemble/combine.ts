/**
 * Calibrated averaging of member scores: each member's scores go through a softmax at its own
 * temperature (fitted on held-out data, as the shipped model's is), then the probabilities are
 * averaged with the given weights. The out-of-scope score is the top probability, or optionally
 * the gap between the top two.
 */
import { fitTemperature, softmaxInto } from '../../../src/nlu/calibration';
import type { ScoredPrediction } from '../../../src/nlu/threshold';
import type { MemberOutput } from './members';

/** One temperature per member, fitted on its outputs for `set` against the gold class indices. */
export function fitTemperatures(members: readonly MemberOutput[], set: number, gold: readonly number[]): number[] {
  return members.map((m) => fitTemperature(m.outputs[set]!.map((margins, i) => ({ margins, gold: gold[i]! }))));
}

export function combine(
  members: readonly MemberOutput[],
  temperatures: readonly number[],
  weights: readonly number[],
  set: number,
): Float64Array[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const n = members[0]!.outputs[set]!.length;
  const k = members[0]!.outputs[set]![0]!.length;
  const scratch = new Float64Array(k);
  return Array.from({ length: n }, (_, i) => {
    const out = new Float64Array(k);
    members.forEach((m, j) => {
      const w = weights[j]! / total;
      if (w === 0) return;
      softmaxInto(m.outputs[set]![i]!, temperatures[j]!, scratch);
      for (let c = 0; c < k; c++) out[c]! += w * scratch[c]!;
    });
    return out;
  });
}

export function toPredictions(
  probabilities: readonly Float64Array[],
  classes: readonly string[],
  gold: readonly string[],
  useGap: boolean,
): ScoredPrediction[] {
  return probabilities.map((p, i) => {
    let first = 0;
    let second = -1;
    for (let c = 1; c < p.length; c++) {
      if (p[c]! > p[first]!) {
        second = first;
        first = c;
      } else if (second < 0 || p[c]! > p[second]!) second = c;
    }
    const score = useGap ? p[first]! - (second < 0 ? 0 : p[second]!) : p[first]!;
    return { gold: gold[i]!, top: classes[first]!, score };
  });
}
