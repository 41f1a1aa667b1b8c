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
import { extractFeatures, type FeatureSettings, featureTokens, prepareFeatures } from './text-features';
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
  ) {}

  static async train(
    lang: Lang,
    examples: LabelledText[],
    options: IntentModelOptions,
    onProgress?: (done: number, total: number) => void,
  ): Promise<IntentModel> {
    const { vectorizer, rows } = vectorizeExamples(lang, examples, options);
    const classes = [...new Set(examples.map((e) => e.intent))].sort();
    const classIndex = new Map(classes.map((c, i) => [c, i]));
    const labels = examples.map((e) => classIndex.get(e.intent)!);
    const svm = LinearSvm.train(rows, labels, classes, vectorizer.dimension, options.svm, onProgress);
    const neural = options.neuralWeight > 0 ? await NeuralMember.train(lang, examples) : undefined;
    return new IntentModel(lang, options, vectorizer, svm, neural);
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
    );
  }

  toJSON(): IntentModelJSON {
    const json: IntentModelJSON = {
      lang: this.lang,
      options: this.options,
      vectorizer: this.vectorizer.toJSON(),
      svm: this.svm.toJSON(),
    };
    if (this.neural) json.neural = this.neural.toJSON();
    return json;
  }

  /** The same model with another softmax temperature (the fitted one). */
  withTemperature(temperature: number): IntentModel {
    const options = { ...this.options, temperature };
    return new IntentModel(this.lang, options, this.vectorizer, this.svm, this.neural);
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
    const features = extractFeatures(this.lang, text, this.options.features);
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
  const featuresOf = (text: string) => extractFeatures(lang, text, settings.features);
  const inScope = examples.map((e) => e.intent !== NONE_INTENT);
  const fitted = TfidfVectorizer.fitTransform(
    examples.map((e) => featuresOf(e.text)),
    { ...settings.vectorizer, pairWeight: settings.features.pairs },
    inScope,
  );
  const { vectorizer } = fitted;
  return { ...fitted, rowOf: (text) => vectorizer.transform(featuresOf(text)) };
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
