/**
 * Writes a Traditional-character copy of a labelled Chinese CSV, to measure how the engine serves
 * shoppers who type Traditional Chinese. Run with --help.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chineseScriptTables } from '../../src/nlu/nlpjs';
import { longestDictionaryWord } from '../../src/nlu/traditional-chinese';
import { fail, parseOrExit } from '../cli/args';
import { csvField, parseCsv } from './csv';

const HELP = `
Usage: npx tsx training/nlu/to-traditional.ts --in FILE.csv --out FILE.csv

Copies a text,intent[,lang] CSV with every text converted to Traditional characters through
CC-CEDICT (node-nlp's Chinese dictionary), longest dictionary word first, e.g.
  npx tsx training/nlu/to-traditional.ts --in intents/holdout/zh.csv --out reports/zh-hant.csv
  npm run nlu:eval -- --data reports/zh-hant.csv
`;

export function toTraditional(text: string, traditionalOf: (simplified: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const word = longestDictionaryWord(text, i, traditionalOf, 1);
    out += word?.converted ?? text[i]!;
    i += word?.length ?? 1;
  }
  return out;
}

function main(): void {
  const args = parseOrExit(process.argv.slice(2), [], HELP);
  const input = args.values.get('in');
  const output = args.values.get('out');
  if (!input || !output) fail(`--in and --out are required\n${HELP}`);
  const [header, ...rows] = parseCsv(readFileSync(input, 'utf8'));
  const textColumn = header?.indexOf('text') ?? -1;
  if (!header || textColumn < 0) fail(`${input}: no "text" column in the header`);
  const tables = chineseScriptTables();
  const converted = rows.map((row) =>
    row.map((field, i) => (i === textColumn ? toTraditional(field, tables.traditionalOf) : field)),
  );
  writeFileSync(output, `${[header, ...converted].map((row) => row.map(csvField).join(',')).join('\n')}\n`);
  process.stderr.write(`wrote ${converted.length} rows to ${output}\n`);
}

if (require.main === module) main();
