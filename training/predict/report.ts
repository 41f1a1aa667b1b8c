/** Aggregates evaluation runs (one split or K folds) and renders them as text. */
import type { BinaryMetrics } from '../../src/predict/metrics';
import type { ModelResult } from './evaluate';

const KEYS = ['rocAuc', 'prAuc', 'f1', 'precision', 'recall', 'precisionAtTop10', 'threshold'] as const;

export interface ModelSummary {
  model: string;
  /** Mean over folds (the single split's values when there are no folds). */
  mean: Record<(typeof KEYS)[number] | 'trainSeconds' | 'predictSeconds', number>;
  /** Standard deviation over folds; zeros for one split. */
  sd: Record<(typeof KEYS)[number], number>;
  runs: { metrics: BinaryMetrics; trainSeconds: number; predictSeconds: number }[];
}

export interface EvalResult {
  setup: {
    data: string;
    label: string;
    positive: string;
    rows: number;
    seed: number;
    folds: number;
    testShare: number;
  };
  ours: ModelSummary;
  sklearn?: ModelSummary;
  /** Our training time divided by scikit-learn's (same rows, one core each). */
  trainTimeRatio?: number;
  /** Ours minus scikit-learn's mean ROC-AUC. */
  rocAucDelta?: number;
}

function summary(results: ModelResult[]): ModelSummary {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const pick = (k: (typeof KEYS)[number]) => results.map((r) => r.metrics[k]);
  return {
    model: results[0]?.model ?? '',
    mean: {
      ...(Object.fromEntries(KEYS.map((k) => [k, mean(pick(k))])) as Record<(typeof KEYS)[number], number>),
      trainSeconds: mean(results.map((r) => r.trainSeconds)),
      predictSeconds: mean(results.map((r) => r.predictSeconds)),
    },
    sd: Object.fromEntries(KEYS.map((k) => [k, sd(pick(k))])) as Record<(typeof KEYS)[number], number>,
    runs: results.map(({ metrics, trainSeconds, predictSeconds }) => ({ metrics, trainSeconds, predictSeconds })),
  };
}

export function summarise(
  setup: EvalResult['setup'],
  runs: { ours: ModelResult; sklearn?: ModelResult }[],
): EvalResult {
  const ours = summary(runs.map((r) => r.ours));
  const sk = runs.flatMap((r) => (r.sklearn ? [r.sklearn] : []));
  if (sk.length === 0) return { setup, ours };
  const sklearn = summary(sk);
  return {
    setup,
    ours,
    sklearn,
    trainTimeRatio: ours.mean.trainSeconds / sklearn.mean.trainSeconds,
    rocAucDelta: ours.mean.rocAuc - sklearn.mean.rocAuc,
  };
}

export function formatReport(result: EvalResult): string {
  const { setup } = result;
  const models = [result.ours, ...(result.sklearn ? [result.sklearn] : [])];
  const how =
    setup.folds > 1
      ? `${setup.folds}-fold stratified CV`
      : `stratified ${Math.round((1 - setup.testShare) * 100)}/${Math.round(setup.testShare * 100)} split`;
  const lines = [
    `${setup.data} — label ${setup.label}="${setup.positive}", ${setup.rows} rows, ${how}, seed ${setup.seed}`,
    '',
    `${'model'.padEnd(24)}${['ROC-AUC', 'PR-AUC', 'F1', 'P@10%', 'threshold', 'train s', 'predict s'].map((h) => h.padStart(11)).join('')}`,
  ];
  for (const m of models) {
    const v = m.mean;
    const cells = [v.rocAuc, v.prAuc, v.f1, v.precisionAtTop10, v.threshold].map((x) => x.toFixed(4).padStart(11));
    cells.push(v.trainSeconds.toFixed(2).padStart(11), v.predictSeconds.toFixed(3).padStart(11));
    lines.push(`${m.model.padEnd(24)}${cells.join('')}`);
    if (setup.folds > 1)
      lines.push(
        `${'  ± sd'.padEnd(24)}${[m.sd.rocAuc, m.sd.prAuc, m.sd.f1, m.sd.precisionAtTop10].map((x) => x.toFixed(4).padStart(11)).join('')}`,
      );
  }
  if (result.trainTimeRatio !== undefined && result.rocAucDelta !== undefined) {
    lines.push(
      '',
      `training time ours / scikit-learn: ${result.trainTimeRatio.toFixed(2)}×; ROC-AUC ours − scikit-learn: ${result.rocAucDelta >= 0 ? '+' : ''}${result.rocAucDelta.toFixed(4)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
