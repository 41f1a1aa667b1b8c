/**
 * The other half of the review loop: a labelling sheet from `npm run nlu:review` (with its `intent`
 * column filled in) goes back into intents/, each utterance appended to the file of its language
 * that owns the intent. Nothing is added twice, nothing that is in an evaluation set (`holdout/` or
 * `dev/`) is added (it would stop measuring anything), and an intent the corpus does not know is
 * refused rather than invented.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/core/message';
import { corpusFiles } from '../../src/nlu/corpus';
import { parseCsv } from './csv';

export interface LabelledRow {
  text: string;
  intent: string;
  lang: string;
}

export type SkipReason = 'unlabelled' | 'unknown language' | 'unknown intent' | 'already in the corpus' | 'held out';

export interface ApplyReport {
  added: (LabelledRow & { file: string })[];
  skipped: (LabelledRow & { reason: SkipReason })[];
  filesChanged: string[];
}

interface CorpusFile {
  lang: string;
  intents: Record<string, string[]>;
}

/** Case, width, spacing and punctuation do not make two utterances different. */
export function utteranceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}_]+/gu, '');
}

/** Rows of a labelling sheet: needs `text` and `intent` columns; `lang` may be empty. */
export function readLabelledSheet(csv: string): LabelledRow[] {
  const [header, ...rows] = parseCsv(csv);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [text, intent, lang] = [column('text'), column('intent'), column('lang')];
  if (text < 0 || intent < 0) throw new Error('the sheet needs "text" and "intent" columns');
  return rows.map((row) => ({
    text: (row[text] ?? '').trim(),
    intent: (row[intent] ?? '').trim(),
    lang: lang < 0 ? '' : (row[lang] ?? '').trim(),
  }));
}

/** The folders of evaluation sets: measured on, never trained on (intents/README.md). */
const EVALUATION_FOLDERS = ['holdout', 'dev'];

function heldOutKeys(corpusDir: string): Set<string> {
  const keys = new Set<string>();
  for (const folder of EVALUATION_FOLDERS) {
    let files: string[] = [];
    try {
      files = readdirSync(join(corpusDir, folder)).filter((f) => f.endsWith('.csv'));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const row of readLabelledSheet(readFileSync(join(corpusDir, folder, file), 'utf8'))) {
        keys.add(utteranceKey(row.text));
      }
    }
  }
  return keys;
}

/** Appends the labelled rows to the corpus under `corpusDir`; with `dryRun`, only reports. */
export function applyLabels(corpusDir: string, rows: readonly LabelledRow[], dryRun = false): ApplyReport {
  const files = new Map<string, CorpusFile>();
  const owner = new Map<string, string>(); // `${lang}\t${intent}` → file path
  const known = new Set<string>(); // `${lang}\t${key}` of every utterance already there
  for (const lang of LANGS) {
    for (const path of corpusFiles(corpusDir, lang)) {
      const file = JSON.parse(readFileSync(path, 'utf8')) as CorpusFile;
      files.set(path, file);
      for (const [intent, utterances] of Object.entries(file.intents)) {
        owner.set(`${lang}\t${intent}`, path);
        for (const u of utterances) known.add(`${lang}\t${utteranceKey(u)}`);
      }
    }
  }
  const heldOut = heldOutKeys(corpusDir);
  const report: ApplyReport = { added: [], skipped: [], filesChanged: [] };
  const changed = new Set<string>();
  for (const row of rows) {
    const key = utteranceKey(row.text);
    const path = owner.get(`${row.lang}\t${row.intent}`);
    const reason: SkipReason | undefined =
      row.intent === '' || key === ''
        ? 'unlabelled'
        : !(LANGS as readonly string[]).includes(row.lang)
          ? 'unknown language'
          : path === undefined
            ? 'unknown intent'
            : known.has(`${row.lang}\t${key}`)
              ? 'already in the corpus'
              : heldOut.has(key)
                ? 'held out'
                : undefined;
    if (reason || path === undefined) {
      report.skipped.push({ ...row, reason: reason ?? 'unknown intent' });
      continue;
    }
    files.get(path)?.intents[row.intent]?.push(row.text);
    known.add(`${row.lang}\t${key}`);
    changed.add(path);
    report.added.push({ ...row, file: path });
  }
  report.filesChanged = [...changed].sort();
  if (!dryRun) {
    for (const path of report.filesChanged) writeFileSync(path, `${JSON.stringify(files.get(path), null, 2)}\n`);
  }
  return report;
}
