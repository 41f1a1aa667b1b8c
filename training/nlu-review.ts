/**
 * `npm run nlu:review`: exports what shoppers wrote that the bot did not understand well enough, from
 * the store the bot runs on (DATA_DIR or MONGODB_URI, as configured), as a CSV to label.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/core/config';
import { createLogger } from '../src/core/logger';
import { openStore } from '../src/store/open-store';
import { parseOrExit } from './cli/args';
import { reviewCandidates, reviewCsv } from './nlu/review-candidates';

const HELP = `Usage: npm run nlu:review -- [--out FILE] [--limit N] [--json]

Reads the utterances stored for review (the bot was unsure or did not understand) from the configured
store and writes a labelling sheet: text,intent,lang,guess,score,seen — fill in "intent", then add the
rows to intents/ or evaluate them with npm run nlu:eval. Most frequent first.

  --out FILE   write the CSV here instead of stdout
  --limit N    at most N notes read (default 10000)
  --json       print one JSON object { candidates: [...] } instead of CSV`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
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
