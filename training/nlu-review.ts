/**
 * `npm run nlu:review`: exports what shoppers wrote that the bot did not understand well enough, from
 * the store the bot runs on (DATA_DIR or MONGODB_URI, as configured), as a CSV to label.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/core/config';
import { createLogger } from '../src/core/logger';
import { openStore } from '../src/store/open-store';
import { parseOrExit, usageError } from './cli/args';
import { applyLabels, readLabelledSheet } from './nlu/apply-labels';
import { reviewCandidates, reviewCsv } from './nlu/review-candidates';

const HELP = `Usage: npm run nlu:review -- [--out FILE] [--limit N] [--json]
       npm run nlu:review -- --apply FILE [--intents DIR] [--dry-run] [--json]

Reads the utterances stored for review (the bot was unsure or did not understand) from the configured
store and writes a labelling sheet: text,intent,lang,guess,score,seen, most frequent first. Fill in
"intent" (leave it empty to skip a row), then --apply the sheet: each row is appended to the file
under intents/<lang>/ that owns its intent. Rows already in the corpus or in an evaluation set
(holdout/ or dev/), and intents the corpus does not define, are skipped and listed. npm start
retrains on the next start.

  --out FILE     write the CSV here instead of stdout
  --limit N      at most N notes read (default 10000)
  --apply FILE   add a labelled sheet to the corpus instead of exporting one
  --intents DIR  the corpus to add to (default ./intents)
  --dry-run      with --apply: report what would be added, change nothing
  --json         print one JSON object instead of CSV or the summary`;

function apply(args: ReturnType<typeof parseOrExit>, sheet: string): void {
  let rows: ReturnType<typeof readLabelledSheet>;
  try {
    rows = readLabelledSheet(readFileSync(sheet, 'utf8'));
  } catch (error) {
    usageError(`${sheet}: ${(error as Error).message}`, HELP);
  }
  const report = applyLabels(args.values.get('intents') ?? './intents', rows, args.flags.has('dry-run'));
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const verb = args.flags.has('dry-run') ? 'would add' : 'added';
  console.log(`${verb} ${report.added.length} utterances to ${report.filesChanged.length} files`);
  for (const file of report.filesChanged) console.log(`  ${file}`);
  const unlabelled = report.skipped.filter((s) => s.reason === 'unlabelled').length;
  if (unlabelled > 0) console.log(`skipped ${unlabelled} rows without an intent`);
  for (const s of report.skipped.filter((r) => r.reason !== 'unlabelled')) {
    console.log(`skipped (${s.reason}): ${s.lang || '?'} ${s.intent} "${s.text}"`);
  }
}

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json', 'dry-run'], HELP);
  const sheet = args.values.get('apply');
  if (sheet !== undefined) return apply(args, sheet);
  const config = loadConfig();
  const log = createLogger({ level: 'warn' });
  const store = await openStore({
    dataDir: config.DATA_DIR,
    log,
    ...(config.MONGODB_URI ? { mongoUri: config.MONGODB_URI, mongoDb: config.MONGODB_DB } : {}),
  });
  try {
    const limit = Number(args.values.get('limit') ?? 10_000);
    const candidates = reviewCandidates(await store.notes.list('nlu_review', { limit }));
    const out = args.values.get('out');
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify({ candidates })}\n`);
    else if (out) {
      writeFileSync(out, reviewCsv(candidates));
      process.stderr.write(`${candidates.length} candidates written to ${out}\n`);
    } else process.stdout.write(reviewCsv(candidates));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
