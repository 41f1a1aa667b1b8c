/**
 * Loaders for the labelled datasets the CLIs accept: our `text,intent[,lang]` CSV (Banking77's
 * `text,category` too), CLINC150's data_full.json, and the Braun et al. corpora JSON.
 * Out-of-scope labels ("oos") become our `None` intent.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../../src/core/message';
import { NONE_INTENT } from '../../src/nlu/threshold';
import { parseCsv } from './csv';

export interface Example {
  text: string;
  intent: string;
  lang?: Lang;
}

export interface Split {
  name: string;
  train: Example[];
  test: Example[];
  /** A validation split for choosing thresholds, when the dataset has one. */
  validation?: Example[];
}

const INTENT_COLUMNS = ['intent', 'category', 'label'];

export function loadCsvExamples(file: string): Example[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file}: empty CSV`);
  const columns = header.map((h) => h.trim().toLowerCase());
  const textAt = columns.indexOf('text');
  const intentAt = columns.findIndex((c) => INTENT_COLUMNS.includes(c));
  const langAt = columns.indexOf('lang');
  if (textAt < 0 || intentAt < 0) throw new Error(`${file}: needs a header with text and intent columns`);
  return rows.map((row, i) => {
    const text = row[textAt];
    const intent = row[intentAt];
    if (text === undefined || intent === undefined) throw new Error(`${file}: row ${i + 2} is short`);
    const lang = langAt >= 0 ? row[langAt]?.trim() : undefined;
    const example: Example = { text, intent: intent.trim() };
    if (lang === 'en' || lang === 'zh') example.lang = lang;
    return example;
  });
}

function clincRows(json: Record<string, unknown>, key: string): Example[] {
  const rows = json[key];
  if (!Array.isArray(rows)) throw new Error(`CLINC150 file has no "${key}" list`);
  return rows.map((row) => {
    const [text, label] = row as [string, string];
    return { text, intent: label === 'oos' ? NONE_INTENT : label, lang: 'en' as const };
  });
}

/** CLINC150 "full": in-scope train plus oos_train as None; val/oos_val to tune; test/oos_test. */
export function loadClinc150(file: string): Split {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return {
    name: basename(file),
    train: [...clincRows(json, 'train'), ...clincRows(json, 'oos_train')],
    validation: [...clincRows(json, 'val'), ...clincRows(json, 'oos_val')],
    test: [...clincRows(json, 'test'), ...clincRows(json, 'oos_test')],
  };
}

interface BraunSentence {
  text: string;
  intent: string;
  training: boolean;
}

/** One Braun et al. corpus file; its `training` flag decides the split. */
export function loadBraun(file: string): Split {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; sentences?: BraunSentence[] };
  if (!Array.isArray(json.sentences)) throw new Error(`${file}: no "sentences" list`);
  const toExample = (s: BraunSentence): Example => ({ text: s.text, intent: s.intent, lang: 'en' });
  return {
    name: json.name ?? basename(file),
    train: json.sentences.filter((s) => s.training).map(toExample),
    test: json.sentences.filter((s) => !s.training).map(toExample),
  };
}
