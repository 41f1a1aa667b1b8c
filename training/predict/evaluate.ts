/**
 * One train/test evaluation of our forest and, optionally, scikit-learn's on the identical rows.
 * Both pick their F1 threshold the same way: the F1-best threshold on their own out-of-bag scores for
 * the training rows (each row scored only by trees that did not see it), never on test rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ForestOptions, PropensityForest } from '../../src/predict/forest/propensity-forest';
import { type BinaryMetrics, bestF1Threshold, binaryMetrics } from '../../src/predict/metrics';

export interface Fold {
  trainX: number[][];
  trainY: number[];
  testX: number[][];
  testY: number[];
  featureNames: string[];
}

export interface ModelResult {
  model: string;
  metrics: BinaryMetrics;
  trainSeconds: number;
  predictSeconds: number;
}

function thresholdFromOob(oob: readonly (number | undefined)[], labels: readonly number[]): number {
  const kept = oob.flatMap((s, i) => (s === undefined || s < 0 ? [] : [{ s, y: labels[i] as number }]));
  return bestF1Threshold(
    kept.map((k) => k.s),
    kept.map((k) => k.y),
  );
}

export function runOurs(fold: Fold, options: Partial<ForestOptions>): ModelResult {
  const started = performance.now();
  const { forest, oobScores } = PropensityForest.train(fold.trainX, fold.trainY, options);
  const trainSeconds = (performance.now() - started) / 1000;
  const predictStarted = performance.now();
  const scores = forest.predictProba(fold.testX);
  const predictSeconds = (performance.now() - predictStarted) / 1000;
  const threshold = thresholdFromOob(oobScores, fold.trainY);
  return {
    model: 'concierge-forest',
    metrics: binaryMetrics(scores, fold.testY, threshold),
    trainSeconds,
    predictSeconds,
  };
}

export const SKLEARN_SCRIPT = join(__dirname, 'sklearn_rf.py');
export const SKLEARN_PYTHON = process.env.SKLEARN_PYTHON ?? '/usr/bin/python3';

function writeNumericCsv(path: string, names: string[], rows: number[][], labels: number[]): void {
  const lines = [[...names.map((n) => n.replace(/[,\n"]/g, '_')), '__label'].join(',')];
  rows.forEach((row, i) => {
    lines.push([...row.map((v) => String(v)), String(labels[i])].join(','));
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export function runSklearn(fold: Fold, seed: number): ModelResult & { sklearnVersion: string } {
  const dir = mkdtempSync(join(tmpdir(), 'predict-eval-'));
  try {
    const train = join(dir, 'train.csv');
    const test = join(dir, 'test.csv');
    writeNumericCsv(train, fold.featureNames, fold.trainX, fold.trainY);
    writeNumericCsv(test, fold.featureNames, fold.testX, fold.testY);
    const run = spawnSync(SKLEARN_PYTHON, [SKLEARN_SCRIPT, '--train', train, '--test', test, '--seed', String(seed)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`sklearn_rf.py failed: ${run.stderr || run.error?.message}`);
    const out = JSON.parse(run.stdout) as {
      sklearnVersion: string;
      trainSeconds: number;
      predictSeconds: number;
      scores: number[];
      oobScores: number[];
    };
    const threshold = thresholdFromOob(out.oobScores, fold.trainY);
    return {
      model: 'sklearn-random-forest',
      sklearnVersion: out.sklearnVersion,
      metrics: binaryMetrics(out.scores, fold.testY, threshold),
      trainSeconds: out.trainSeconds,
      predictSeconds: out.predictSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
