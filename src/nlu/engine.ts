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
import { NONE_INTENT } from './threshold';
import { TraditionalChineseConverter } from './traditional-chinese';
import type { CatalogVocabulary, EntityType, Nlu, NluResult } from './types';

const CATALOG_ENTITIES: ReadonlySet<EntityType> = new Set(['product', 'category', 'colour', 'size']);

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
      const text = decision.lang === 'zh' ? this.traditionalChinese.toSimplified(input) : input;
      const entities = extractEntities(text, {
        now: this.clock.now(),
        orderNumberPattern: this.options.orderNumberPattern,
        catalog: this.matcher,
      });
      const frustrated = isFrustrated(text);
      const sentiment = decision.lang === 'en' ? await sentimentOfEnglish(text) : 0;
      const chosen = this.options.model.forLanguage(decision.lang);
      if (!chosen) return { ...empty, text, entities, sentiment, frustrated };
      // Catalog names are shop words even when training never saw them (a product added today).
      const classifier = chosen.model.classifier;
      const catalogWords = classifier.wordsIn(entities.filter((e) => CATALOG_ENTITIES.has(e.type)).map((e) => e.text));
      const scores = await classifier.scores(text, catalogWords);
      const top = scores[0];
      const inScope = top !== undefined && top.intent !== NONE_INTENT && top.score >= chosen.model.threshold;
      return {
        lang: decision.lang,
        text,
        intent: inScope ? top.intent : NONE_INTENT,
        score: top?.score ?? 0,
        alternatives: scores.filter((s) => s.intent !== NONE_INTENT).slice(0, this.options.alternatives ?? 5),
        entities,
        sentiment,
        frustrated,
      };
    } catch {
      // The contract is "never throws": a broken vocabulary provider or model yields a plain None.
      return empty;
    }
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
        this.matcher = this.matcherFor(mergeVocabularies(this.options.baseVocabulary ?? EMPTY_VOCABULARY, live));
        this.matcherBuiltAt = now;
      } finally {
        this.pendingRefresh = undefined;
      }
    })();
    await this.pendingRefresh;
  }
}
