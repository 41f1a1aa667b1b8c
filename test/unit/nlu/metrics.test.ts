import { accuracy, classificationReport, macroF1, outOfScopeRecall } from '../../../src/nlu/metrics';
import { chooseThreshold } from '../../../src/nlu/threshold';

// Hand-computed: gold a,a,b,b,None ; predicted a,b,b,b,a
// a: TP 1, FP 1 (the None), FN 1 → P .5 R .5 F1 .5
// b: TP 2, FP 1, FN 0 → P 2/3 R 1 F1 .8
// None: TP 0 → F1 0 ;  macro = (.5 + .8 + 0) / 3 = .4333…
const gold = ['a', 'a', 'b', 'b', 'None'];
const predicted = ['a', 'b', 'b', 'b', 'a'];

describe('metrics', () => {
  it('computes accuracy', () => {
    expect(accuracy(gold, predicted)).toBeCloseTo(3 / 5);
  });

  it('computes per-class and macro F1 with None as a class', () => {
    const report = classificationReport(gold, predicted);
    const byLabel = Object.fromEntries(report.perClass.map((m) => [m.label, m]));
    expect(byLabel.a).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(byLabel.b?.precision).toBeCloseTo(2 / 3);
    expect(byLabel.b?.f1).toBeCloseTo(0.8);
    expect(byLabel.None?.f1).toBe(0);
    expect(report.macroF1).toBeCloseTo(1.3 / 3);
    expect(macroF1(gold, predicted)).toBeCloseTo(1.3 / 3);
  });

  it('builds the confusion matrix gold × predicted', () => {
    const { labels, confusion } = classificationReport(gold, predicted);
    expect(labels).toEqual(['None', 'a', 'b']);
    expect(confusion).toEqual([
      [0, 1, 0],
      [0, 1, 1],
      [0, 0, 2],
    ]);
  });

  it('computes out-of-scope recall', () => {
    expect(outOfScopeRecall(['None', 'None', 'a'], ['None', 'a', 'a'])).toBe(0.5);
  });

  it('chooses a threshold that turns low-confidence guesses into None', () => {
    const predictions = [
      { gold: 'a', top: 'a', score: 0.9 },
      { gold: 'b', top: 'b', score: 0.8 },
      { gold: 'None', top: 'a', score: 0.3 },
      { gold: 'None', top: 'b', score: 0.2 },
    ];
    const { threshold, value } = chooseThreshold(predictions);
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(0.8);
    expect(value).toBe(1);
  });

  it('treats cuts within the tolerance of the best as tied and takes the middle of them', () => {
    const objective = (_gold: string[], predicted: string[]) => {
      // Best at the highest cut by a hair; every cut from 0.2 up is within 0.001 of it.
      const none = predicted.filter((p) => p === 'None').length;
      return none === 0 ? 0.5 : 0.9 + none * 0.0002;
    };
    const predictions = [0.1, 0.2, 0.3, 0.4, 0.5].map((score) => ({ gold: 'a', top: 'a', score }));
    expect(chooseThreshold(predictions, objective, 0.95, 0).threshold).toBe(0.5);
    expect(chooseThreshold(predictions, objective).threshold).toBe(0.3);
  });
});
