/**
 * Writes the feature rows the engine computes for CLINC150 (word and character TF-IDF plus the
 * unfamiliar-word features, fitted on `train` + `oos_train`) so that other model families can be
 * measured on exactly our features (`training/nlu/sklearn_variants.py --rows DIR`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vectorizeExamples } from '../../src/nlu/intent-model';
import type { SparseVector } from '../../src/nlu/sparse';
import { defaultIntentModelOptions } from '../../src/nlu/train';
import { fail, parseOrExit } from '../cli/args';
import { type Example, loadClinc150 } from './datasets';

const HELP = `
Usage: npx tsx training/nlu/dump-rows.ts --clinc data_full.json --out DIR

Writes DIR/train.rows, DIR/val.rows and DIR/test.rows: one line per utterance,
"intent index:value index:value ...", with the engine's English features.
`;

function line(example: Example, row: SparseVector): string {
  const pairs = Array.from(row.indices, (index, k) => `${index}:${row.values[k]}`);
  return [example.intent, ...pairs].join(' ');
}

function main(): void {
  const args = parseOrExit(process.argv.slice(2), [], HELP);
  const split = loadClinc150(args.values.get('clinc') ?? fail('--clinc is required (see --help)'));
  const out = args.values.get('out') ?? fail('--out is required (see --help)');
  const { vectorizer, rows, rowOf } = vectorizeExamples('en', split.train, defaultIntentModelOptions('en'));
  const splits: [string, Example[], SparseVector[]][] = [
    ['train', split.train, rows],
    ['val', split.validation ?? [], (split.validation ?? []).map((e) => rowOf(e.text))],
    ['test', split.test, split.test.map((e) => rowOf(e.text))],
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, examples, splitRows] of splits) {
    const text = examples.map((e, i) => line(e, splitRows[i]!)).join('\n');
    writeFileSync(join(out, `${name}.rows`), `${text}\n`);
  }
  process.stdout.write(`wrote ${out}/{train,val,test}.rows (${vectorizer.dimension} features)\n`);
}

main();
