/**
 * The intent classifier for one language: features → TF-IDF → linear SVM margins → softmax scores,
 * optionally blended with node-nlp's neural classifier. Knows nothing about thresholds or entities.
 */
import type { Lang } from '../core/message';
import { LinearSvm, type SvmJSON, type SvmOptions } from './linear-svm';
import { NeuralMember } from './neural-member';
import { extractFeatures, type FeatureSettings } from './text-features';
import type { IntentScore } from './types';
import { TfidfVectorizer, type VectorizerJSON, type VectorizerOptions } from './vectorizer';

export interface IntentModelOptions {
  features: FeatureSettings;
  vectorizer: VectorizerOptions;
  svm: SvmOptions;
  /** Softmax sharpness applied to SVM margins (margins sit roughly in -1.5..1.5). */
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
    const blocks = examples.map((e) => extractFeatures(lang, e.text, options.features));
    const vectorizer = TfidfVectorizer.fit(blocks, options.vectorizer);
    const rows = blocks.map((b) => vectorizer.transform(b));
    const classes = [...new Set(examples.map((e) => e.intent))].sort();
    const classIndex = new Map(classes.map((c, i) => [c, i]));
    const labels = examples.map((e) => classIndex.get(e.intent)!);
    const svm = LinearSvm.train(rows, labels, classes, vectorizer.dimension, options.svm, onProgress);
    const neural = options.neuralWeight > 0 ? await NeuralMember.train(lang, examples) : undefined;
    return new IntentModel(lang, options, vectorizer, svm, neural);
  }

  static fromJSON(json: IntentModelJSON): IntentModel {
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

  get intents(): readonly string[] {
    return this.svm.classes;
  }

  /** Every intent with a 0..1 score, best first. */
  async scores(text: string): Promise<IntentScore[]> {
    const row = this.vectorizer.transform(extractFeatures(this.lang, text, this.options.features));
    const probabilities = softmax(this.svm.decision(row), this.options.temperature);
    if (this.neural) {
      const neuralScores = await this.neural.scores(text);
      const w = this.options.neuralWeight;
      this.svm.classes.forEach((intent, c) => {
        probabilities[c] = (1 - w) * probabilities[c]! + w * (neuralScores.get(intent) ?? 0);
      });
    }
    const result = this.svm.classes.map((intent, c) => ({ intent, score: probabilities[c]! }));
    return result.sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
  }
}

function softmax(margins: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const m of margins) max = Math.max(max, m);
  const out = new Float64Array(margins.length);
  let sum = 0;
  margins.forEach((m, i) => {
    out[i] = Math.exp((m - max) * temperature);
    sum += out[i]!;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}
