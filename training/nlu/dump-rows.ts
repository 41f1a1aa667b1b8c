/**
 * Writes the feature rows the engine computes for CLINC150 (word and character TF-IDF plus the
 * unfamiliar-word features, fitted on `train` + `oos_train`) so that other model families can be
 * measured on exactly our features (`training/nlu/sklearn_variants.py --rows DIR`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FEATURES, extractFeatures } from '../../src/nlu/text-features';
import { NONE_INTENT } from '../../src/nlu/threshold';
import { DEFAULT_VECTORIZER, TfidfVectorizer } from '../../src/nlu/vectorizer';
import { fail, parseOrExit } from '../cli/args';
import { type Example, loadClinc150 } from './datasets';

const HELP = `
Usage: npx tsx training/nlu/dump-rows.ts --clinc data_full.json --out DIR

Writes DIR/train.rows, DIR/val.rows and DIR/test.rows: one line per utterance,
"intent index:value index:value ...", with the engine's English features.
`;

function line(example: Example, row: { indices: Int32Array; values: Float64Array }): string {
  const pairs = Array.from(row.indices, (index, k) => `${index}:${row.values[k]}`);
  return [example.intent, ...pairs].join(' ');
}

function main(): void {
  const args = parseOrExit(process.argv.slice(2), [], HELP);
  const split = loadClinc150(args.values.get('clinc') ?? fail('--clinc is required (see --help)'));
  const out = args.values.get('out') ?? fail('--out is required (see --help)');
  const features = (e: Example) => extractFeatures('en', e.text, DEFAULT_FEATURES.en);
  const inScope = split.train.map((e) => e.intent !== NONE_INTENT);
  const { vectorizer, rows } = TfidfVectorizer.fitTransform(split.train.map(features), DEFAULT_VECTORIZER, inScope);
  const splits: [string, Example[]][] = [
    ['val', split.validation ?? []],
    ['test', split.test],
  ];
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'train.rows'), `${split.train.map((e, i) => line(e, rows[i]!)).join('\n')}\n`);
  for (const [name, examples] of splits) {
    const text = examples.map((e) => line(e, vectorizer.transform(features(e)))).join('\n');
    writeFileSync(join(out, `${name}.rows`), `${text}\n`);
  }
  process.stdout.write(`wrote ${out}/{train,val,test}.rows (${vectorizer.dimension} features)\n`);
}

main();
