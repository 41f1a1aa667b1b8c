/** Runs a model over labelled examples and scores it. */
import type { Lang } from '../../src/core/message';
import { type ClassificationReport, classificationReport, outOfScopeRecall } from '../../src/nlu/metrics';
import { NONE_INTENT } from '../../src/nlu/threshold';
import type { Nlu } from '../../src/nlu/types';
import { progress } from '../cli/args';
import type { Example } from './datasets';

export interface Evaluation extends ClassificationReport {
  outOfScopeRecall: number | null;
  /** Accuracy over examples whose gold label is not None (CLINC150's "in-scope accuracy"). */
  inScopeAccuracy: number;
  predictions: { text: string; gold: string; predicted: string; score: number; lang: Lang }[];
}

export function scorePredictions(predictions: Evaluation['predictions']): Evaluation {
  const gold = predictions.map((p) => p.gold);
  const predicted = predictions.map((p) => p.predicted);
  const inScope = predictions.filter((p) => p.gold !== NONE_INTENT);
  return {
    ...classificationReport(gold, predicted),
    outOfScopeRecall: gold.includes(NONE_INTENT) ? outOfScopeRecall(gold, predicted) : null,
    inScopeAccuracy: inScope.length === 0 ? 0 : inScope.filter((p) => p.predicted === p.gold).length / inScope.length,
    predictions,
  };
}

export async function evaluateNlu(nlu: Nlu, examples: readonly Example[], label = 'evaluating'): Promise<Evaluation> {
  const predictions: Evaluation['predictions'] = [];
  for (const [i, example] of examples.entries()) {
    const result = await nlu.classify(example.text, example.lang ? { langHint: example.lang } : {});
    predictions.push({
      text: example.text,
      gold: example.intent,
      predicted: result.intent,
      score: result.score,
      lang: result.lang,
    });
    if ((i + 1) % 200 === 0 || i + 1 === examples.length) progress(label, i + 1, examples.length);
  }
  return scorePredictions(predictions);
}

/** The JSON shape CLIs print: everything but the per-example predictions. */
export function summary(evaluation: Evaluation): Omit<Evaluation, 'predictions'> {
  const { predictions: _omitted, ...rest } = evaluation;
  return rest;
}
