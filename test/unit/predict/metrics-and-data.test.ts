import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { averagePrecision, bestF1Threshold, binaryMetrics, precisionAtTop, rocAuc } from '../../../src/predict/metrics';
import { encodeRows, fitEncoder, readLabeledCsv } from '../../../training/predict/dataset';
import { stratifiedFolds, stratifiedSplit } from '../../../training/predict/split';

describe('metrics (values checked against scikit-learn 1.2)', () => {
  const y = [0, 0, 1, 1, 0, 1, 0, 1];
  const s = [0.1, 0.4, 0.35, 0.8, 0.4, 0.9, 0.2, 0.4];

  it('ROC-AUC with ties', () => {
    // sklearn.metrics.roc_auc_score(y, s) == 0.8125
    expect(rocAuc(s, y)).toBeCloseTo(0.8125, 12);
    expect(rocAuc([1, 1], [0, 1])).toBe(0.5);
  });

  it('average precision with ties', () => {
    // sklearn.metrics.average_precision_score(y, s) == 0.81666…
    expect(averagePrecision(s, y)).toBeCloseTo(0.8166666666666667, 12);
  });

  it('F1 threshold, precision at top', () => {
    const t = bestF1Threshold(s, y);
    expect(t).toBe(0.35);
    const m = binaryMetrics(s, y, t);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.8, 12); // 6 predicted, 4 right: precision 2/3, recall 1
    expect(precisionAtTop(s, y, 0.25)).toBe(1);
  });
});

describe('CSV dataset encoding and splits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'predict-data-'));
  const file = join(dir, 'd.csv');
  writeFileSync(file, 'n,cat,flag,Label\n1,a,TRUE,yes\n2,b,FALSE,no\n,a,TRUE,yes\n4,c,FALSE,no\n5,b,true,no\n');

  it('detects numbers, booleans and categories; fits on training rows only', () => {
    const table = readLabeledCsv(file, 'Label');
    expect(table.positiveValue).toBe('yes');
    expect(table.labels).toEqual([1, 0, 1, 0, 0]);
    const enc = fitEncoder(table, [0, 1, 2, 3]);
    expect(enc.map((e) => e.kind)).toEqual(['numeric', 'categorical', 'boolean']);
    const rows = encodeRows(table, [0, 2, 4], enc);
    expect(rows[1]![0]).toBe(2); // missing → training median of 1, 2, 4
    // Categories ranked by positive rate in training: b, c (0%) below a (100%).
    expect(rows[0]![1]).toBeGreaterThan(rows[2]![1]!);
    expect(rows.map((r) => r[2])).toEqual([1, 1, 1]);
    expect(() => readLabeledCsv(file, 'nope')).toThrow(/no column/);
  });

  it('stratified split and folds keep the positive share and cover every row once', () => {
    const labels = Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const { train, test } = stratifiedSplit(labels, 0.25, 1);
    expect(test).toHaveLength(50);
    expect(test.filter((i) => labels[i] === 1)).toHaveLength(10);
    expect(new Set([...train, ...test]).size).toBe(200);
    expect(stratifiedSplit(labels, 0.25, 1)).toEqual({ train, test });
    const folds = stratifiedFolds(labels, 4, 1);
    expect(folds.flatMap((f) => f.test).sort((a, b) => a - b)).toEqual([...labels.keys()]);
    for (const f of folds) expect(f.test.filter((i) => labels[i] === 1)).toHaveLength(10);
  });
});
