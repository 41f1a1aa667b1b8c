/**
 * node-nlp's own classifier (NluNeural: stemmed bag of words into a one-layer network) as an optional
 * ensemble member. It is deterministic (weights start at zero), so no seed is needed.
 */
import { NluNeural } from '@nlpjs/nlu';
import type { Lang } from '../core/message';

export class NeuralMember {
  private constructor(private readonly network: NluNeural) {}

  static async train(lang: Lang, corpus: { text: string; intent: string }[]): Promise<NeuralMember> {
    const network = new NluNeural({ locale: lang, log: false });
    await network.train(
      corpus.map((u) => ({ utterance: u.text, intent: u.intent })),
      { log: false },
    );
    return new NeuralMember(network);
  }

  static fromJSON(lang: Lang, json: unknown): NeuralMember {
    const network = new NluNeural({ locale: lang, log: false });
    network.fromJSON(json);
    return new NeuralMember(network);
  }

  toJSON(): unknown {
    return this.network.toJSON();
  }

  /** Scores per intent (they sum to about 1); intents node-nlp did not score are absent. */
  async scores(text: string): Promise<Map<string, number>> {
    const { classifications } = await this.network.process(text);
    return new Map(classifications.map((c) => [c.intent, c.score]));
  }
}
