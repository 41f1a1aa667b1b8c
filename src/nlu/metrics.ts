/**
 * Classification metrics over gold/predicted label pairs. Every label seen on either side is a class,
 * so an out-of-scope label ("None") counts like any other in macro-F1.
 */

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples of this class. */
  support: number;
}

export interface ClassificationReport {
  count: number;
  accuracy: number;
  macroF1: number;
  perClass: ClassMetrics[];
  /** Labels in row/column order of `confusion`. */
  labels: string[];
  /** confusion[gold][predicted] counts. */
  confusion: number[][];
}

function safeDivide(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
  let correct = 0;
  gold.forEach((g, i) => {
    if (predicted[i] === g) correct++;
  });
  return safeDivide(correct, gold.length);
}

export function confusionMatrix(
  gold: readonly string[],
  predicted: readonly string[],
): { labels: string[]; matrix: number[][] } {
  const labels = [...new Set([...gold, ...predicted])].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => {
    matrix[index.get(g)!]![index.get(predicted[i]!)!]!++;
  });
  return { labels, matrix };
}

export function perClassMetrics(labels: string[], matrix: number[][]): ClassMetrics[] {
  return labels.map((label, c) => {
    const truePositive = matrix[c]![c]!;
    const support = matrix[c]!.reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((sum, row) => sum + row[c]!, 0);
    const precision = safeDivide(truePositive, predictedCount);
    const recall = safeDivide(truePositive, support);
    return { label, precision, recall, f1: safeDivide(2 * precision * recall, precision + recall), support };
  });
}

/** Mean F1 over classes that have gold examples (a class only ever predicted still costs precision
 *  elsewhere, but would otherwise add a zero that says nothing about the data). */
export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
  const { labels, matrix } = confusionMatrix(gold, predicted);
  const scored = perClassMetrics(labels, matrix).filter((m) => m.support > 0);
  return safeDivide(
    scored.reduce((sum, m) => sum + m.f1, 0),
    scored.length,
  );
}

/** Micro-F1 as the Braun et al. benchmark counts it: with one label per example it equals accuracy. */
export const microF1 = accuracy;

export function classificationReport(gold: readonly string[], predicted: readonly string[]): ClassificationReport {
  const { labels, matrix } = confusionMatrix(gold, predicted);
  const perClass = perClassMetrics(labels, matrix);
  const withSupport = perClass.filter((m) => m.support > 0);
  return {
    count: gold.length,
    accuracy: accuracy(gold, predicted),
    macroF1: safeDivide(
      withSupport.reduce((s, m) => s + m.f1, 0),
      withSupport.length,
    ),
    perClass,
    labels,
    confusion: matrix,
  };
}

/** Share of gold out-of-scope examples predicted out of scope. */
export function outOfScopeRecall(gold: readonly string[], predicted: readonly string[], noneLabel = 'None'): number {
  let total = 0;
  let caught = 0;
  gold.forEach((g, i) => {
    if (g !== noneLabel) return;
    total++;
    if (predicted[i] === noneLabel) caught++;
  });
  return safeDivide(caught, total);
}
