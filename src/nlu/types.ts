import type { Lang } from '../core/message';

export const ENTITY_TYPES = [
  'order_number',
  'email',
  'phone',
  'money',
  'quantity',
  'date',
  'product',
  'category',
  'colour',
  'colour_family',
  'size',
  'ordinal',
  'country',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  type: EntityType;
  /** Normalised value: order number digits, lower-case email, E.164-ish phone, amount in minor units,
   *  ISO date, product id, category key, colour key ("black"), colour family key ("neutral"), size label ("42", "M"), ordinal position
   *  counted from 1 ("the second one" → "2"; see `data.fromEnd`), quantity as a whole number, country as
   *  an ISO 3166-1 alpha-2 code ("Germany" → "DE"; "EU" for the European Union or Europe). */
  value: string;
  /** The text as the shopper wrote it. */
  text: string;
  start: number;
  end: number;
  /** Extra facts some extractors add (additive; absent for most entities). */
  data?: EntityData;
}

export interface EntityData {
  /** money: "under 50" / "30块以下" is an upper bound ('max'), "over 20" / "100元以上" a lower one. */
  bound?: 'max' | 'min';
  /** money: ISO currency when the text names one ("£30" → GBP, "50元" → CNY). */
  currency?: string;
  /** ordinal: counted from the end ("the last one" → 1, "倒数第二" → 2). */
  fromEnd?: boolean;
}

export interface IntentScore {
  intent: string;
  score: number;
}

export interface NluResult {
  lang: Lang;
  /**
   * The message as the NLU read it: full-width characters as ASCII and, in Chinese, Traditional
   * characters as Simplified. Always the same length as the message, so entity offsets fit both.
   */
  text: string;
  /** `None` when out of scope or below the language's confidence threshold. */
  intent: string;
  score: number;
  /** The classifier's top guesses, best first (even when `intent` is None). */
  alternatives: IntentScore[];
  /**
   * True when `intent` is None because the message is confidently outside the shop's business ("what's
   * the weather like?"), not because it was not understood ("asdfgh").
   */
  offTopic?: boolean;
  entities: Entity[];
  /** -1..1; 0 when unknown (node-nlp has no Chinese lexicon). */
  sentiment: number;
  /** Explicit frustration words ("useless", "ridiculous", "太差了") seen in the text. */
  frustrated: boolean;
}

/** Live catalog terms, so a new product or colour is recognised without retraining. */
export interface CatalogVocabulary {
  products: { id: string; names: string[] }[];
  /** key → surface forms in both languages, e.g. shoes → ["shoes", "shoe", "鞋", "鞋子"]. */
  categories: Record<string, string[]>;
  colours: Record<string, string[]>;
  /** Colour families with a colour the catalog has: neutral → ["neutral colours", "素色", …]. */
  colourFamilies?: Record<string, string[]>;
  sizes: string[];
}

export interface Nlu {
  /** Classifies one message. Never throws for odd input: empty or garbage text yields `None`. */
  classify(text: string, options?: { langHint?: Lang }): Promise<NluResult>;
}
