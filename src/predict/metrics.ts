/**
 * Binary-classification metrics over scores (higher = more likely positive). Ties are handled the way
 * scikit-learn does (ROC-AUC by average rank, average precision by distinct thresholds), so our numbers
 * and scikit-learn's can be compared directly.
 */

export interface BinaryMetrics {
  rocAuc: number;
  /** Average precision (area under the precision-recall curve, step-wise, as scikit-learn computes it). */
  prAuc: number;
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
  /** Precision among the 10% highest-scored rows. */
  precisionAtTop10: number;
  positives: number;
  rows: number;
}

function sortedDescending(scores: readonly number[]): number[] {
  return Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number));
}

export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSumPositive = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k] as number] === 1) {
        rankSumPositive += averageRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const order = sortedDescending(scores);
  const positives = labels.reduce((sum, y) => sum + (y === 1 ? 1 : 0), 0);
  if (positives === 0) return Number.NaN;
  let tp = 0;
  let seen = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    for (let k = i; k <= j; k++) if (labels[order[k] as number] === 1) tp++;
    seen = j + 1;
    const recall = tp / positives;
    ap += (recall - previousRecall) * (tp / seen);
    previousRecall = recall;
    i = j + 1;
  }
  return ap;
}

export function confusionAt(scores: readonly number[], labels: readonly number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    const actual = labels[i] === 1;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The score threshold (predict positive when score >= it) with the best F1 on these rows. */
export function bestF1Threshold(scores: readonly number[], labels: readonly number[]): number {
  const order = sortedDescending(scores);
  const positives = labels.reduce((sum, y) => sum + (y === 1 ? 1 : 0), 0);
  let tp = 0;
  let best = { f1: -1, threshold: 0.5 };
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    for (let k = i; k <= j; k++) if (labels[order[k] as number] === 1) tp++;
    const predicted = j + 1;
    const f1 = positives === 0 ? 0 : (2 * tp) / (predicted + positives);
    if (f1 > best.f1) best = { f1, threshold: scores[order[i] as number] as number };
    i = j + 1;
  }
  return best.threshold;
}

export function precisionAtTop(scores: readonly number[], labels: readonly number[], share: number): number {
  const k = Math.max(1, Math.round(scores.length * share));
  const order = sortedDescending(scores).slice(0, k);
  return order.reduce((sum, i) => sum + (labels[i] === 1 ? 1 : 0), 0) / k;
}

export function binaryMetrics(scores: readonly number[], labels: readonly number[], threshold: number): BinaryMetrics {
  const { precision, recall, f1 } = confusionAt(scores, labels, threshold);
  return {
    rocAuc: rocAuc(scores, labels),
    prAuc: averagePrecision(scores, labels),
    threshold,
    f1,
    precision,
    recall,
    precisionAtTop10: precisionAtTop(scores, labels, 0.1),
    positives: labels.reduce((sum, y) => sum + (y === 1 ? 1 : 0), 0),
    rows: labels.length,
  };
}
