/**
 * The training corpus: `intents/<lang>/*.json`, each `{ "lang": "en", "intents": { "order.track": [...] } }`.
 * Several files per language (one per domain) are merged; `None` holds out-of-scope examples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../core/errors';
import { LANGS, type Lang } from '../core/message';
import type { LabelledText } from './intent-model';

export type Corpus = Partial<Record<Lang, LabelledText[]>>;

interface CorpusFile {
  lang?: string;
  intents?: Record<string, unknown>;
}

/** The corpus files of one language, in name order; none when the folder is missing. */
export function corpusFiles(dir: string, lang: Lang): string[] {
  const langDir = join(dir, lang);
  try {
    return readdirSync(langDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(langDir, f));
  } catch {
    return [];
  }
}

export function loadCorpus(dir: string): Corpus {
  const corpus: Corpus = {};
  for (const lang of LANGS) {
    const examples: LabelledText[] = [];
    for (const file of corpusFiles(dir, lang)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as CorpusFile;
      if (json.lang !== undefined && json.lang !== lang) {
        throw new ValidationError(`${file} says lang "${json.lang}" but sits under ${lang}/`);
      }
      for (const [intent, utterances] of Object.entries(json.intents ?? {})) {
        if (!Array.isArray(utterances)) throw new ValidationError(`${file}: intent ${intent} is not a list`);
        for (const text of utterances) {
          if (typeof text === 'string' && text.trim()) examples.push({ text: text.trim(), intent });
        }
      }
    }
    if (examples.length > 0) corpus[lang] = examples;
  }
  return corpus;
}

/** Newest modification time among the corpus files (0 when there are none). */
export function corpusModifiedAt(dir: string): number {
  let newest = 0;
  for (const lang of LANGS) {
    for (const file of corpusFiles(dir, lang)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}
