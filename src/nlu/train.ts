/**
 * Training: for each language, out-of-fold predictions choose the confidence threshold, then the
 * final classifier learns from every utterance.
 */
import type { Lang } from '../core/message';
import { DEFAULT_TEMPERATURE } from './calibration';
import type { Corpus } from './corpus';
import { crossValidate } from './cross-validation';
import { IntentModel, type IntentModelOptions, type LabelledText } from './intent-model';
import { DEFAULT_SVM } from './linear-svm';
import { macroF1 } from './metrics';
import { type LanguageModel, NluModel } from './model';
import { DEFAULT_FEATURES } from './text-features';
import { applyThreshold, chooseThreshold } from './threshold';
import { DEFAULT_VECTORIZER } from './vectorizer';

/**
 * Weight of node-nlp's NluNeural in the score blend. 0 by default: measured on Braun, our corpus
 * and CLINC150 (docs/benchmarks-nlu.md) it moved accuracy by at most 0.3 points while doubling
 * training time on our corpus, making CLINC150 training ~10× slower and adding most of the per-message
 * cost. node-nlp still reads every message (normaliser, tokenizers, stemmer, language guess,
 * sentiment); set a weight (e.g. 0.3) to bring its classifier back into the blend.
 */
export const DEFAULT_NEURAL_WEIGHT = 0;

/** Defaults shared by the shipped model and every benchmark, so the benchmarks measure what ships. */
export function defaultIntentModelOptions(lang: Lang): IntentModelOptions {
  return {
    features: DEFAULT_FEATURES[lang],
    vectorizer: DEFAULT_VECTORIZER,
    svm: DEFAULT_SVM,
    temperature: DEFAULT_TEMPERATURE,
    neuralWeight: DEFAULT_NEURAL_WEIGHT,
  };
}

export type TrainingEvent =
  | { stage: 'cv'; lang: Lang; fold: number; folds: number }
  | { stage: 'final'; lang: Lang; done: number; total: number }
  | { stage: 'done'; lang: Lang; threshold: number; cvMacroF1: number | undefined; ms: number };

export interface TrainOptions {
  /** Folds for choosing the threshold; 0 or 1 skips it and uses `fixedThreshold`. */
  thresholdFolds?: number;
  fixedThreshold?: number;
  seed?: number;
  /** Overrides per language (merged over the defaults). */
  intentModel?: Partial<Record<Lang, Partial<IntentModelOptions>>>;
  onProgress?: (event: TrainingEvent) => void;
}

export async function trainLanguage(
  lang: Lang,
  examples: readonly LabelledText[],
  options: TrainOptions = {},
): Promise<LanguageModel> {
  const started = performance.now();
  const modelOptions = { ...defaultIntentModelOptions(lang), ...options.intentModel?.[lang] };
  const folds = options.thresholdFolds ?? 5;
  let threshold = options.fixedThreshold ?? 0;
  let cvMacroF1: number | undefined;
  let temperature: number | undefined;
  if (folds >= 2) {
    const cv = await crossValidate(lang, examples, modelOptions, folds, options.seed ?? 13, (f, k) =>
      options.onProgress?.({ stage: 'cv', lang, fold: f, folds: k }),
    );
    const { predictions } = cv;
    temperature = cv.temperature;
    threshold = chooseThreshold(predictions).threshold;
    cvMacroF1 = macroF1(
      predictions.map((p) => p.gold),
      predictions.map((p) => applyThreshold(p.top, p.score, threshold)),
    );
  }
  const trained = await IntentModel.train(lang, [...examples], modelOptions, (done, total) =>
    options.onProgress?.({ stage: 'final', lang, done, total }),
  );
  // The threshold was chosen on scores at the fitted temperature, so the model must use it too.
  const classifier = temperature === undefined ? trained : trained.withTemperature(temperature);
  const trainingMs = performance.now() - started;
  options.onProgress?.({ stage: 'done', lang, threshold, cvMacroF1, ms: trainingMs });
  const stats: LanguageModel['stats'] = {
    utterances: examples.length,
    intents: classifier.intents.length,
    trainingMs: Math.round(trainingMs),
  };
  if (cvMacroF1 !== undefined) {
    stats.cvMacroF1 = cvMacroF1;
    stats.folds = folds;
  }
  return { classifier, threshold, stats };
}

export async function trainNlu(corpus: Corpus, options: TrainOptions = {}): Promise<NluModel> {
  const languages: Partial<Record<Lang, LanguageModel>> = {};
  for (const [lang, examples] of Object.entries(corpus) as [Lang, LabelledText[]][]) {
    if (examples.length > 0) languages[lang] = await trainLanguage(lang, examples, options);
  }
  return new NluModel(languages, new Date());
}
