/**
 * The intent classifier for one language: features → TF-IDF → linear SVM margins → softmax with a
 * fitted temperature, optionally blended with node-nlp's neural classifier. Knows nothing about
 * thresholds or entities.
 */
import type { Lang } from '../core/message';
import { softmaxInto } from './calibration';
import { LinearSvm, type SvmJSON, type SvmOptions } from './linear-svm';
import { NeuralMember } from './neural-member';
import type { SparseVector } from './sparse';
import { Speller, type SpellerJSON } from './spelling';
import {
  extractFeatures,
  type FeatureSettings,
  featureTokens,
  normalizeForFeatures,
  prepareFeatures,
} from './text-features';
import { NONE_INTENT } from './threshold';
import type { IntentScore } from './types';
import { TfidfVectorizer, type VectorizerJSON, type VectorizerOptions } from './vectorizer';

export interface IntentModelOptions {
  features: FeatureSettings;
  vectorizer: VectorizerOptions;
  svm: SvmOptions;
  /** Softmax sharpness applied to SVM margins; replaced by the fitted value when training has
   *  held-out predictions to fit it on (see `calibration.ts`). */
  temperature: number;
  /** Weight of node-nlp's classifier in the blend; 0 leaves it out (and untrained). */
  neuralWeight: number;
}

export interface IntentModelJSON {
  lang: Lang;
  options: IntentModelOptions;
  vectorizer: VectorizerJSON;
  svm: SvmJSON;
  /** The typo reader's known words, when `options.features.spelling` is on. */
  spelling?: SpellerJSON;
  neural?: unknown;
}

export interface LabelledText {
  text: string;
  intent: string;
}

/** What the members say about one message, before calibration and blending. */
export interface Explanation {
  /** SVM margins in `intents` order. */
  margins: Float64Array;
  /** node-nlp's scores in `intents` order, when it is a member. */
  neural?: Float64Array;
}

export class IntentModel {
  private constructor(
    readonly lang: Lang,
    readonly options: IntentModelOptions,
    private readonly vectorizer: TfidfVectorizer,
    private readonly svm: LinearSvm,
    private readonly neural: NeuralMember | undefined,
    private readonly speller: Speller | undefined,
  ) {}

  static async train(
    lang: Lang,
    examples: LabelledText[],
    options: IntentModelOptions,
    onProgress?: (done: number, total: number) => void,
  ): Promise<IntentModel> {
    const { vectorizer, rows, speller } = vectorizeExamples(lang, examples, options);
    const classes = [...new Set(examples.map((e) => e.intent))].sort();
    const classIndex = new Map(classes.map((c, i) => [c, i]));
    const labels = examples.map((e) => classIndex.get(e.intent)!);
    const svm = LinearSvm.train(rows, labels, classes, vectorizer.dimension, options.svm, onProgress);
    const neural = options.neuralWeight > 0 ? await NeuralMember.train(lang, examples) : undefined;
    return new IntentModel(lang, options, vectorizer, svm, neural, speller);
  }

  static fromJSON(json: IntentModelJSON): IntentModel {
    prepareFeatures(json.options.features);
    const neural = json.neural === undefined ? undefined : NeuralMember.fromJSON(json.lang, json.neural);
    return new IntentModel(
      json.lang,
      json.options,
      TfidfVectorizer.fromJSON(json.vectorizer),
      LinearSvm.fromJSON(json.svm),
      neural,
      json.spelling ? Speller.fromJSON(json.spelling) : undefined,
    );
  }

  toJSON(): IntentModelJSON {
    const json: IntentModelJSON = {
      lang: this.lang,
      options: this.options,
      vectorizer: this.vectorizer.toJSON(),
      svm: this.svm.toJSON(),
    };
    if (this.speller) json.spelling = this.speller.toJSON();
    if (this.neural) json.neural = this.neural.toJSON();
    return json;
  }

  /** The same model with another softmax temperature (the fitted one). */
  withTemperature(temperature: number): IntentModel {
    const options = { ...this.options, temperature };
    return new IntentModel(this.lang, options, this.vectorizer, this.svm, this.neural, this.speller);
  }

  get intents(): readonly string[] {
    return this.svm.classes;
  }

  /** The word tokens the model reads in `texts` (e.g. catalog names found in a message). */
  wordsIn(texts: readonly string[]): Set<string> {
    return new Set(texts.flatMap((t) => featureTokens(this.lang, t)));
  }

  /** `knownWords`: words to treat as familiar although training never saw them (see `familiarity.ts`). */
  async explain(text: string, knownWords?: ReadonlySet<string>): Promise<Explanation> {
    const features = extractFeatures(this.lang, text, this.options.features, this.speller);
    const row = this.vectorizer.transform(features, this.vectorizer.unfamiliar(features, knownWords));
    const explanation: Explanation = { margins: this.svm.decision(row) };
    if (this.neural) {
      const byIntent = await this.neural.scores(text);
      explanation.neural = Float64Array.from(this.svm.classes, (intent) => byIntent.get(intent) ?? 0);
    }
    return explanation;
  }

  /** Calibrated (and blended) probabilities in `intents` order. */
  probabilities(explanation: Explanation, temperature = this.options.temperature): Float64Array {
    return blendedProbabilities(explanation, temperature, this.options.neuralWeight);
  }

  /** Every intent with a 0..1 score, best first. */
  async scores(text: string, knownWords?: ReadonlySet<string>): Promise<IntentScore[]> {
    const probabilities = this.probabilities(await this.explain(text, knownWords));
    const result = this.svm.classes.map((intent, c) => ({ intent, score: probabilities[c]! }));
    return result.sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
  }
}

export interface VectorizedExamples {
  vectorizer: TfidfVectorizer;
  /** The training rows, unfamiliar-word features scored leave-one-out (see `familiarity.ts`). */
  rows: SparseVector[];
  /** The row of a new text, as the model would read it. */
  rowOf(text: string): SparseVector;
  /** The typo reader fitted on the examples, when the features have `spelling` on. */
  speller?: Speller;
}

/**
 * Fits the vectorizer on training examples as `IntentModel.train` does: only real intents (not
 * `None`) teach which words are familiar. Also used by tools that measure other classifiers on
 * exactly the shipped rows.
 */
export function vectorizeExamples(
  lang: Lang,
  examples: readonly LabelledText[],
  settings: Pick<IntentModelOptions, 'features' | 'vectorizer'>,
): VectorizedExamples {
  // Every word of a training utterance is known to the speller, so the training rows need none.
  const speller = settings.features.spelling
    ? Speller.fit(examples.map((e) => normalizeForFeatures(e.text)))
    : undefined;
  const featuresOf = (text: string) => extractFeatures(lang, text, settings.features, speller);
  const inScope = examples.map((e) => e.intent !== NONE_INTENT);
  const fitted = TfidfVectorizer.fitTransform(
    examples.map((e) => featuresOf(e.text)),
    { ...settings.vectorizer, pairWeight: settings.features.pairs },
    inScope,
  );
  const { vectorizer } = fitted;
  const vectorized: VectorizedExamples = { ...fitted, rowOf: (text) => vectorizer.transform(featuresOf(text)) };
  if (speller) vectorized.speller = speller;
  return vectorized;
}

/** softmax(margins × temperature), then mixed with node-nlp's scores when it is a member. */
export function blendedProbabilities(
  explanation: Explanation,
  temperature: number,
  neuralWeight: number,
): Float64Array {
  const { margins, neural } = explanation;
  const out = softmaxInto(margins, temperature, new Float64Array(margins.length));
  if (neural) {
    for (let c = 0; c < out.length; c++) out[c] = (1 - neuralWeight) * out[c]! + neuralWeight * neural[c]!;
  }
  return out;
}
