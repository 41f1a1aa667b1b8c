/**
 * Softmax over SVM margins with a fitted temperature. Raw one-vs-rest margins are not
 * probabilities, and a fixed sharpness makes the out-of-scope threshold behave differently on every
 * dataset; fitting the temperature on held-out margins (out-of-fold on the corpus, or a validation
 * split) by minimising the negative log-likelihood of the gold class makes "0.6" mean roughly
 * "right 60% of the time" everywhere, so the chosen threshold transfers to unseen messages.
 */

export const DEFAULT_TEMPERATURE = 8;

/** softmax(margins × temperature), written into `out`. */
export function softmaxInto(margins: Float64Array, temperature: number, out: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < margins.length; i++) if (margins[i]! > max) max = margins[i]!;
  let sum = 0;
  for (let i = 0; i < margins.length; i++) {
    const e = Math.exp((margins[i]! - max) * temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < margins.length; i++) out[i]! /= sum;
  return out;
}

export interface HeldOutMargins {
  margins: Float64Array;
  /** Position of the gold class in `margins`; -1 when the model never saw that class. */
  gold: number;
}

/** Mean negative log-likelihood of the gold classes at this temperature. */
export function meanNll(samples: readonly HeldOutMargins[], temperature: number): number {
  let total = 0;
  let count = 0;
  for (const { margins, gold } of samples) {
    if (gold < 0) continue;
    let max = Number.NEGATIVE_INFINITY;
    for (const m of margins) if (m > max) max = m;
    let sum = 0;
    for (const m of margins) sum += Math.exp((m - max) * temperature);
    total += Math.log(sum) - (margins[gold]! - max) * temperature;
    count++;
  }
  return count === 0 ? 0 : total / count;
}

/**
 * The temperature (between `min` and `max`) minimising held-out NLL, by golden-section search on
 * its logarithm (the NLL is smooth and unimodal in the temperature for a fixed set of margins).
 */
export function fitTemperature(samples: readonly HeldOutMargins[], min = 0.5, max = 200): number {
  if (!samples.some((s) => s.gold >= 0)) return DEFAULT_TEMPERATURE;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(min);
  let hi = Math.log(max);
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = meanNll(samples, Math.exp(a));
  let fb = meanNll(samples, Math.exp(b));
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    if (fa <= fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = meanNll(samples, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = meanNll(samples, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}
