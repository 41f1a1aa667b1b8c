/** Trains the NLU model from intents/ and writes it to disk. Run with --help for options. */
import { loadCorpus } from '../src/nlu/corpus';
import { saveModel } from '../src/nlu/model-file';
import { trainNlu } from '../src/nlu/train';
import { fail, parseOrExit, pct, progress } from './cli/args';

const HELP = `
Usage: npx tsx training/train-nlu.ts [--intents DIR] [--out FILE] [--folds N] [--json]

Trains one intent classifier per language found under DIR (default ./intents: en/*.json, zh/*.json),
chooses each language's confidence threshold on N-fold out-of-fold predictions (default 5),
and writes the model (default ./data/nlu-model.json).
  --json   print one JSON summary object to stdout (progress still goes to stderr)
`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  const dir = args.values.get('intents') ?? './intents';
  const out = args.values.get('out') ?? './data/nlu-model.json';
  const folds = Number(args.values.get('folds') ?? 5);
  const corpus = loadCorpus(dir);
  if (Object.keys(corpus).length === 0) fail(`no training data under ${dir}/en or ${dir}/zh`);
  const started = performance.now();
  const model = await trainNlu(corpus, {
    thresholdFolds: folds,
    onProgress: (e) => {
      if (e.stage === 'cv') progress(`[${e.lang}] threshold folds`, e.fold, e.folds);
      else if (e.stage === 'final' && (e.done === e.total || e.done % 10 === 0))
        progress(`[${e.lang}] final model, intents`, e.done, e.total);
    },
  });
  const bytes = saveModel(model, out);
  const languages = Object.fromEntries(
    Object.entries(model.languages).map(([lang, m]) => [lang, { threshold: m.threshold, ...m.stats }]),
  );
  const result = { model: out, bytes, seconds: (performance.now() - started) / 1000, languages };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  for (const [lang, s] of Object.entries(languages)) {
    const cv = s.cvMacroF1 === undefined ? '' : `, ${s.folds}-fold macro-F1 ${pct(s.cvMacroF1)}`;
    console.log(`${lang}: ${s.utterances} utterances, ${s.intents} intents, threshold ${s.threshold.toFixed(3)}${cv}`);
  }
  console.log(`wrote ${out} (${(bytes / 1024 / 1024).toFixed(2)} MB) in ${result.seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => fail(String(error instanceof Error ? error.stack : error)));
