/**
 * A trained NLU model: one intent classifier per language plus the confidence threshold chosen for
 * it on held-out predictions. Serialises to one JSON document.
 */

import { ValidationError } from '../core/errors';
import type { Lang } from '../core/message';
import { IntentModel, type IntentModelJSON } from './intent-model';

export const MODEL_FORMAT = 'concierge-nlu';
/** 2: fitted softmax temperature, digit/repeat normalisation, no node-nlp network by default.
 *  3: unfamiliar-word features (`familiarity.ts`).
 *  4: Chinese dictionary glosses (`glosses.ts`) and Han 1–2-grams instead of 1–3.
 *  5: averaged pretrained word vectors (`meaning.ts`).
 *  6: English words inside Chinese text fire the gloss features (`glosses.ts`).
 *  7: a block of word pairs with words between them (`wordPairs` in `text-features.ts`).
 *  8: Latin words neither training nor English knows are read as the training word one typo
 *     away (`spelling.ts`). */
export const MODEL_VERSION = 8;

export interface LanguageStats {
  utterances: number;
  intents: number;
  /** Macro-F1 (None counted as a class) of the out-of-fold predictions at the chosen threshold. */
  cvMacroF1?: number;
  folds?: number;
  trainingMs: number;
}

export interface LanguageModel {
  classifier: IntentModel;
  /** Top scores below this become `None`. */
  threshold: number;
  stats: LanguageStats;
}

export interface NluModelJSON {
  format: typeof MODEL_FORMAT;
  version: number;
  trainedAt: string;
  languages: Partial<Record<Lang, { classifier: IntentModelJSON; threshold: number; stats: LanguageStats }>>;
}

export class NluModel {
  constructor(
    readonly languages: Partial<Record<Lang, LanguageModel>>,
    readonly trainedAt: Date,
  ) {}

  static fromJSON(json: NluModelJSON): NluModel {
    if (json?.format !== MODEL_FORMAT || json.version !== MODEL_VERSION) {
      throw new ValidationError('not a Concierge NLU model (or an incompatible version)', {
        format: json?.format,
        version: json?.version,
      });
    }
    const languages: Partial<Record<Lang, LanguageModel>> = {};
    for (const [lang, entry] of Object.entries(json.languages) as [Lang, NluModelJSON['languages'][Lang]][]) {
      if (!entry) continue;
      languages[lang] = {
        classifier: IntentModel.fromJSON(entry.classifier),
        threshold: entry.threshold,
        stats: entry.stats,
      };
    }
    return new NluModel(languages, new Date(json.trainedAt));
  }

  toJSON(): NluModelJSON {
    const languages: NluModelJSON['languages'] = {};
    for (const [lang, model] of Object.entries(this.languages) as [Lang, LanguageModel][]) {
      languages[lang] = { classifier: model.classifier.toJSON(), threshold: model.threshold, stats: model.stats };
    }
    return { format: MODEL_FORMAT, version: MODEL_VERSION, trainedAt: this.trainedAt.toISOString(), languages };
  }

  /** The model for a language, or the other one when only one was trained. */
  forLanguage(lang: Lang): { lang: Lang; model: LanguageModel } | undefined {
    const exact = this.languages[lang];
    if (exact) return { lang, model: exact };
    const [otherLang, other] = (Object.entries(this.languages) as [Lang, LanguageModel][])[0] ?? [];
    return otherLang && other ? { lang: otherLang, model: other } : undefined;
  }
}
