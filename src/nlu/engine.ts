/**
 * The `Nlu` the pipeline calls: language → intent (with the language's threshold) → entities →
 * sentiment and frustration. Catalog terms come from a live provider, refreshed every few seconds,
 * so a new product is recognised without retraining.
 */
import { type Clock, systemClock } from '../core/clock';
import type { Lang } from '../core/message';
import { CatalogMatcher, extractEntities } from './entities';
import {
  EMPTY_VOCABULARY,
  mergeVocabularies,
  type VocabularyProvider,
  withConvertedForms,
} from './entities/vocabulary';
import { isFrustrated } from './frustration';
import { toHalfWidth } from './half-width';
import { detectLanguage } from './language-detect';
import type { NluModel } from './model';
import { sentimentOfEnglish } from './nlpjs';
import { isOffTopic } from './off-topic';
import { NONE_INTENT } from './threshold';
import { TraditionalChineseConverter } from './traditional-chinese';
import type { CatalogVocabulary, Entity, EntityType, Nlu, NluResult } from './types';

const CATALOG_ENTITIES: ReadonlySet<EntityType> = new Set(['product', 'category', 'colour', 'size']);
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /\p{Script=Latin}{2,}/u;
const COURTESY_INTENTS: ReadonlySet<string> = new Set(['greeting', 'thanks']);
/** Not shop requests: after "hi," they are part of the greeting ("hi, good to see you"). */
const SMALL_TALK_INTENTS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye', 'help', 'bot.identity']);
/** The end of a first clause: a comma or sentence mark, and the spaces after it. */
const CLAUSE_END = /[,，!！.。?？;；~～]+\s*/u;
/**
 * A greeting or thanks run straight into the request, with no comma: "hey can u help me find a
 * jumper", "你好我想退货". Shoppers on phones seldom punctuate.
 */
const LEADING_COURTESY =
  /^\s*(?:(?:hi|hey|hello|hiya|heya|howdy|hey there|hi there|hello there|good (?:morning|afternoon|evening)|thanks|thank you|cheers)\b|你好|您好|哈喽|嗨|亲|在吗|谢谢)\s*/iu;

/**
 * The first clause (up to a comma, full stop…) or a leading greeting, and the rest. `punctuated` is
 * false for the greeting run into the rest, a weaker cue ("hey whats up" is one greeting).
 */
function splitCourtesy(text: string): { lead: string; rest: string; punctuated: boolean } | undefined {
  const clause = CLAUSE_END.exec(text);
  if (clause) {
    return { lead: text.slice(0, clause.index), rest: text.slice(clause.index + clause[0].length), punctuated: true };
  }
  const greeting = LEADING_COURTESY.exec(text);
  return greeting ? { lead: greeting[0].trim(), rest: text.slice(greeting[0].length), punctuated: false } : undefined;
}

/** Enough left to be a request of its own: two Latin words, or three Han characters. */
const WORDS_ENOUGH = /\p{Script=Latin}+\W+\p{Script=Latin}+|\p{Script=Han}.*\p{Script=Han}.*\p{Script=Han}/u;

export interface ConciergeNluOptions {
  model: NluModel;
  /** Live catalog terms (CatalogService fits); merged over `baseVocabulary`. */
  vocabulary?: VocabularyProvider;
  /** Static synonyms (intents/entities.json). */
  baseVocabulary?: CatalogVocabulary;
  /** How long a fetched vocabulary is reused. */
  vocabularyRefreshMs?: number;
  /** Order-number pattern; its group `id` (or first non-empty group) is the number. */
  orderNumberPattern?: RegExp;
  clock?: Clock;
  /** Language when neither the text nor a hint decides. */
  defaultLang?: Lang;
  /** How many alternatives to keep in a result. */
  alternatives?: number;
}

export class ConciergeNlu implements Nlu {
  private readonly clock: Clock;
  private matcher: CatalogMatcher;
  private matcherBuiltAt = Number.NEGATIVE_INFINITY;
  /** The vocabulary the matcher was built from, as JSON: an unchanged catalogue is not rebuilt. */
  private matcherSource = '';
  private pendingRefresh: Promise<void> | undefined;
  private readonly traditionalChinese = new TraditionalChineseConverter();

  constructor(private readonly options: ConciergeNluOptions) {
    this.clock = options.clock ?? systemClock;
    this.matcher = this.matcherFor(options.baseVocabulary ?? EMPTY_VOCABULARY);
  }

  get model(): NluModel {
    return this.options.model;
  }

  async classify(text: string, options: { langHint?: Lang } = {}): Promise<NluResult> {
    const input = typeof text === 'string' ? toHalfWidth(text.slice(0, 2000)) : '';
    const decision = detectLanguage(input, { hint: options.langHint, fallback: this.options.defaultLang ?? 'en' });
    const empty: NluResult = {
      lang: decision.lang,
      text: input,
      intent: NONE_INTENT,
      score: 0,
      alternatives: [],
      entities: [],
      sentiment: 0,
      frustrated: false,
    };
    if (!input.trim()) return empty;
    try {
      await this.refreshVocabulary();
      // The corpus and catalog are Simplified; the conversion keeps the length, so entity offsets
      // still point into the shopper's own message.
      const text = this.traditionalChinese.toSimplified(input);
      const entities = extractEntities(text, {
        now: this.clock.now(),
        orderNumberPattern: this.options.orderNumberPattern,
        catalog: this.matcher,
      });
      const frustrated = isFrustrated(text);
      const sentiment = decision.lang === 'en' ? await sentimentOfEnglish(text) : 0;
      let reading = await this.intentIn(decision.lang, text, entities);
      if (!reading) return { ...empty, text, entities, sentiment, frustrated };
      // A message that mixes scripts ("我想 return 这件 jacket", "can I 退货 this") gets a second
      // opinion from the other language's model when its own finds nothing in scope; the reply
      // keeps the message's language.
      if (reading.intent === NONE_INTENT && HAN.test(text) && LATIN_WORD.test(text)) {
        const other = await this.intentIn(decision.lang === 'zh' ? 'en' : 'zh', text, entities);
        if (other && other.intent !== NONE_INTENT) reading = other;
      }
      reading = (await this.requestAfterCourtesy(decision.lang, text, entities, reading)) ?? reading;
      return { lang: decision.lang, text, ...reading, entities, sentiment, frustrated };
    } catch {
      // The contract is "never throws": a broken vocabulary provider or model yields a plain None.
      return empty;
    }
  }

  /**
   * "Hello! Can I return a dress?", "谢谢！还有，怎么开发票？", "hey can u help me find a jumper": when
   * the first clause (or a greeting run into the request) is only a
   * greeting or thanks, the request after it is what the shopper wants answered. The whole message
   * reads as the greeting, or as the request with its confidence diluted by the greeting's words.
   */
  private async requestAfterCourtesy(
    lang: Lang,
    text: string,
    entities: Entity[],
    whole: Pick<NluResult, 'intent' | 'score'>,
  ): Promise<Pick<NluResult, 'intent' | 'score' | 'alternatives'> | undefined> {
    const split = splitCourtesy(text);
    if (!split) return undefined;
    const { rest } = split;
    if (!WORDS_ENOUGH.test(rest)) return undefined;
    const lead = await this.intentIn(lang, split.lead, []);
    if (!lead || !COURTESY_INTENTS.has(lead.intent)) return undefined;
    const request = await this.intentIn(lang, rest, entities);
    if (!request || request.intent === NONE_INTENT || SMALL_TALK_INTENTS.has(request.intent)) return undefined;
    // Unpunctuated, the rest must read as its request more surely than the whole reads as anything.
    return split.punctuated || whole.intent === NONE_INTENT || request.score > whole.score ? request : undefined;
  }

  /** One language model's intent for the text, thresholded; undefined when the model lacks the language. */
  private async intentIn(
    lang: Lang,
    text: string,
    entities: Entity[],
  ): Promise<Pick<NluResult, 'intent' | 'score' | 'alternatives' | 'offTopic'> | undefined> {
    const chosen = this.options.model.forLanguage(lang);
    if (!chosen) return undefined;
    // Catalog names are shop words even when training never saw them (a product added today).
    const classifier = chosen.model.classifier;
    const catalogWords = classifier.wordsIn(entities.filter((e) => CATALOG_ENTITIES.has(e.type)).map((e) => e.text));
    const scores = await classifier.scores(text, catalogWords);
    const top = scores[0];
    const inScope = top !== undefined && top.intent !== NONE_INTENT && top.score >= chosen.model.threshold;
    return {
      intent: inScope ? top.intent : NONE_INTENT,
      score: top?.score ?? 0,
      alternatives: scores.filter((s) => s.intent !== NONE_INTENT).slice(0, this.options.alternatives ?? 5),
      offTopic: isOffTopic(top, text, lang),
    };
  }

  /** Messages are matched in Simplified characters, so catalog names in Traditional ones get a Simplified form too. */
  private matcherFor(vocabulary: CatalogVocabulary): CatalogMatcher {
    return new CatalogMatcher(
      withConvertedForms(vocabulary, (surface) => this.traditionalChinese.toSimplified(surface)),
    );
  }

  private async refreshVocabulary(): Promise<void> {
    const provider = this.options.vocabulary;
    if (!provider) return;
    const now = this.clock.now().getTime();
    if (now - this.matcherBuiltAt < (this.options.vocabularyRefreshMs ?? 30_000)) return;
    // Concurrent messages share one fetch.
    this.pendingRefresh ??= (async () => {
      try {
        const live = await provider.vocabulary();
        // Building is linear in the catalogue but not free (a quarter of a second for 2,000 products),
        // and it happens on a message's path; comparing the text costs a few milliseconds.
        const source = JSON.stringify(live);
        if (source !== this.matcherSource) {
          this.matcher = this.matcherFor(mergeVocabularies(this.options.baseVocabulary ?? EMPTY_VOCABULARY, live));
          this.matcherSource = source;
        }
        this.matcherBuiltAt = now;
      } finally {
        this.pendingRefresh = undefined;
      }
    })();
    await this.pendingRefresh;
  }
}
