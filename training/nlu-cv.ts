/** Stratified k-fold cross-validation of our own corpus, per language. Run with --help. */
import type { Lang } from '../src/core/message';
import { loadCorpus } from '../src/nlu/corpus';
import { outOfFoldPredictions } from '../src/nlu/cross-validation';
import type { LabelledText } from '../src/nlu/intent-model';
import { chooseThreshold } from '../src/nlu/threshold';
import { defaultIntentModelOptions } from '../src/nlu/train';
import { fail, parseOrExit, pct, progress } from './nlu/args';
import { scorePredictions } from './nlu/evaluate';

const HELP = `
Usage: npx tsx training/nlu-cv.ts [--intents DIR] [--folds 5] [--seed 13] [--json]

Stratified k-fold cross-validation of the corpus under DIR (default ./intents), per language,
with the shipped engine settings. Reports macro-F1 (None counted as a class) and accuracy of the
out-of-fold predictions, both without a threshold and at the threshold these predictions select.
`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  const folds = Number(args.values.get('folds') ?? 5);
  const seed = Number(args.values.get('seed') ?? 13);
  const corpus = loadCorpus(args.values.get('intents') ?? './intents');
  if (Object.keys(corpus).length === 0) fail('no corpus found');
  const results: Record<string, unknown> = {};
  for (const [lang, examples] of Object.entries(corpus) as [Lang, LabelledText[]][]) {
    const started = performance.now();
    const oof = await outOfFoldPredictions(lang, examples, defaultIntentModelOptions(lang), folds, seed, (f, k) =>
      progress(`[${lang}] fold`, f, k),
    );
    const { threshold } = chooseThreshold(oof);
    const score = (cut: number) =>
      scorePredictions(
        oof.map((p) => ({
          text: p.text,
          gold: p.gold,
          predicted: p.score < cut ? 'None' : p.top,
          score: p.score,
          lang,
        })),
      );
    const plain = score(0);
    const thresholded = score(threshold);
    results[lang] = {
      utterances: examples.length,
      folds,
      macroF1: plain.macroF1,
      accuracy: plain.accuracy,
      threshold,
      macroF1AtThreshold: thresholded.macroF1,
      accuracyAtThreshold: thresholded.accuracy,
      seconds: (performance.now() - started) / 1000,
      weakest: thresholded.perClass
        .filter((m) => m.support > 0)
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, 5),
    };
    if (!args.flags.has('json')) {
      console.log(
        `${lang}: ${examples.length} utterances, ${folds}-fold macro-F1 ${pct(plain.macroF1)} (accuracy ${pct(plain.accuracy)}); at threshold ${threshold.toFixed(3)}: macro-F1 ${pct(thresholded.macroF1)}`,
      );
    }
  }
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => fail(String(error instanceof Error ? error.stack : error)));
