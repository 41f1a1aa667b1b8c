/**
 * Writes a synthetic MovieLens-100k-shaped `u.data` file (for tests and timing; see synthetic.ts).
 * Usage: tsx training/rec/make-synthetic.ts --out FILE [--users N] [--items N] [--seed N] [--json]
 */
import { writeFileSync } from 'node:fs';
import { intOption, note, parseOrExit, usageError } from '../cli/args';
import { syntheticMovieLens, toUData } from './synthetic';

const HELP = `
Usage: tsx training/rec/make-synthetic.ts --out FILE [options]

Writes a synthetic file shaped like MovieLens-100k u.data (tab-separated user item rating timestamp,
no header): 943 users x 1682 items, about 100k ratings, long-tailed. For tests and timing only; its
scores say nothing about MovieLens.

Options:
  --out FILE     where to write (required)
  --users N      default 943
  --items N      default 1682
  --seed N       default 20250101
  --json         print one JSON object describing the file
  --help         this text
`;

const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
const out = args.values.get('out');
if (!out) usageError('--out is required', HELP);
let options: { users: number; items: number; seed: number };
try {
  options = {
    users: intOption(args, 'users', 943),
    items: intOption(args, 'items', 1682),
    seed: intOption(args, 'seed', 20250101, 0),
  };
} catch (error) {
  usageError((error as Error).message, HELP);
}
const rows = syntheticMovieLens(options);
writeFileSync(out, toUData(rows));
const summary = { out, ...options, ratings: rows.length };
if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
else note(`wrote ${rows.length} ratings to ${out}`);
