/**
 * The small part of node-nlp (and its @nlpjs/nlu dependency) that Concierge uses, typed by hand
 * because the packages ship no declarations. Only members we call are listed.
 */
declare module 'node-nlp' {
  export interface LanguageGuess {
    alpha2: string;
    alpha3: string;
    language: string;
    score: number;
  }
  export class Language {
    guess(text: string, allowList?: string[] | null, limit?: number): LanguageGuess[];
    guessBest(text: string, allowList?: string[] | null): LanguageGuess;
  }
  export interface NlpTokenizer {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export interface NlpStemmer {
    stem(tokens: string[]): string[];
  }
  export const NlpUtil: {
    getTokenizer(locale: string): NlpTokenizer;
    getStemmer(locale: string): NlpStemmer;
  };
  export interface SentimentResult {
    score: number;
    numWords: number;
    numHits: number;
    average: number;
    vote: 'positive' | 'negative' | 'neutral';
  }
  export class SentimentAnalyzer {
    constructor(settings: { language: string });
    getSentiment(text: string): Promise<SentimentResult>;
  }
  export interface NlpManagerSettings {
    languages: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    nlu?: { log?: boolean; useNoneFeature?: boolean };
    ner?: { builtins?: string[] };
  }
  export class NlpManager {
    constructor(settings: NlpManagerSettings);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
  }
}

declare module '@nlpjs/nlu' {
  export interface NluClassification {
    intent: string;
    score: number;
  }
  /** node-nlp's own intent classifier: bag of stemmed words into a one-layer neural network. */
  export class NluNeural {
    constructor(settings: { locale: string; log?: boolean });
    train(corpus: { utterance: string; intent: string }[], settings?: { log?: boolean }): Promise<unknown>;
    process(utterance: string): Promise<{ classifications: NluClassification[] }>;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
