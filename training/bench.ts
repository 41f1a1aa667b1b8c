/**
 * `npm run bench`: the bot's speed on this machine, always side by side with a baseline run in the same
 * process, so the figures are ratios rather than absolute numbers that depend on the machine's load.
 *
 *  - NLU: our engine vs stock node-nlp (NlpManager, same corpus), per message.
 *  - Turn: a whole turn of the real Bot (store, dialogue, skills) with our NLU vs with stock node-nlp.
 *  - Catalog entities on a synthetic catalogue of --products: the indexed matcher vs trying every term.
 *
 * Messages are the held-out utterances of both languages (intents/holdout), repeated to --messages.
 */
import { join } from 'node:path';
import { loadCorpus, loadOrTrainNlu } from '../src/nlu';
import { projectRoot } from '../src/project-paths';
import { trainBareNodeNlp } from './bench/bare-node-nlp';
import { benchCatalog } from './bench/catalog';
import { benchTurns } from './bench/turns';
import { parseOrExit, progress } from './cli/args';
import { loadCsvExamples } from './nlu/datasets';
import { measureLatency } from './nlu/speed';

const HELP = `Usage: npm run bench -- [--messages N] [--products N] [--model FILE] [--json]

Measures per-message NLU latency and whole-turn latency and throughput of the bot, each next to a
stock node-nlp baseline run in the same process. Prints a table, or one JSON object with --json.

  --messages N   messages per run (default 1000)
  --products N   size of the synthetic catalogue for catalog entities (default 2000)
  --model FILE   NLU model file (default ./data/nlu-model.json; trained if missing)
  --json         print one JSON object on stdout`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  const root = projectRoot();
  const count = Number(args.values.get('messages') ?? 1000);
  const products = Number(args.values.get('products') ?? 2000);
  const json = args.flags.has('json');
  const corpusDir = join(root, 'intents');
  const holdout = [
    ...loadCsvExamples(join(corpusDir, 'holdout', 'en.csv')),
    ...loadCsvExamples(join(corpusDir, 'holdout', 'zh.csv')),
  ].map((e) => e.text);
  const texts = Array.from({ length: count }, (_, i) => holdout[(i * 7919) % holdout.length] ?? 'hi');

  progress('training', 0, 2);
  const ours = await loadOrTrainNlu({
    modelFile: args.values.get('model') ?? join(root, 'data', 'nlu-model.json'),
    corpusDir,
  });
  progress('training', 1, 2);
  const bare = await trainBareNodeNlp(loadCorpus(corpusDir));
  progress('training', 2, 2);

  const nlu = { ours: await measureLatency(ours, texts), baseline: await measureLatency(bare, texts) };
  const turn = { ours: await benchTurns(ours, texts), baseline: await benchTurns(bare, texts) };
  const catalog = benchCatalog(products, texts);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  const result = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    messages: count,
    nlu: {
      ...nlu,
      ratioP50: ratio(nlu.ours.p50Ms, nlu.baseline.p50Ms),
      ratioP99: ratio(nlu.ours.p99Ms, nlu.baseline.p99Ms),
    },
    turn: {
      ...turn,
      ratioP50: ratio(turn.ours.p50Ms, turn.baseline.p50Ms),
      ratioP99: ratio(turn.ours.p99Ms, turn.baseline.p99Ms),
      ratioThroughput: ratio(turn.ours.messagesPerSecond, turn.baseline.messagesPerSecond),
    },
    catalog: {
      ...catalog,
      ratioP50: Number((catalog.ours.p50Ms / catalog.baseline.p50Ms).toFixed(4)),
      ratioP99: Number((catalog.ours.p99Ms / catalog.baseline.p99Ms).toFixed(4)),
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const ms = (v: number) => v.toFixed(2).padStart(8);
  const lines = [
    `messages: ${count} (held-out utterances, en + zh)`,
    '',
    '                         p50 ms   p95 ms   p99 ms   msg/s',
    `NLU   ours             ${ms(nlu.ours.p50Ms)} ${ms(nlu.ours.p95Ms)} ${ms(nlu.ours.p99Ms)}`,
    `NLU   stock node-nlp   ${ms(nlu.baseline.p50Ms)} ${ms(nlu.baseline.p95Ms)} ${ms(nlu.baseline.p99Ms)}`,
    `      ratio ours/stock ${ms(result.nlu.ratioP50)}          ${ms(result.nlu.ratioP99)}`,
    `Turn  ours             ${ms(turn.ours.p50Ms)} ${ms(turn.ours.p95Ms)} ${ms(turn.ours.p99Ms)} ${turn.ours.messagesPerSecond.toFixed(0).padStart(7)}`,
    `Turn  stock node-nlp   ${ms(turn.baseline.p50Ms)} ${ms(turn.baseline.p95Ms)} ${ms(turn.baseline.p99Ms)} ${turn.baseline.messagesPerSecond.toFixed(0).padStart(7)}`,
    `      ratio ours/stock ${ms(result.turn.ratioP50)}          ${ms(result.turn.ratioP99)} ${result.turn.ratioThroughput.toFixed(2).padStart(7)}`,
    '',
    `Catalog entities, ${products} synthetic products (build: ${catalog.buildMs.ours.toFixed(0)} ms indexed, ${catalog.buildMs.baseline.toFixed(0)} ms every term)`,
    `      indexed          ${ms(catalog.ours.p50Ms)} ${ms(catalog.ours.p95Ms)} ${ms(catalog.ours.p99Ms)}`,
    `      every term       ${ms(catalog.baseline.p50Ms)} ${ms(catalog.baseline.p95Ms)} ${ms(catalog.baseline.p99Ms)}`,
    `      ratio            ${result.catalog.ratioP50.toFixed(4).padStart(8)}          ${result.catalog.ratioP99.toFixed(4).padStart(8)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
