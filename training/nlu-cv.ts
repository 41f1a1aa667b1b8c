/** Stratified k-fold cross-validation of our own corpus, per language. Run with --help. */
import type { Lang } from '../src/core/message';
import { loadCorpus } from '../src/nlu/corpus';
import { crossValidate, thresholdedOutOfFold } from '../src/nlu/cross-validation';
import type { LabelledText } from '../src/nlu/intent-model';
import { macroF1 } from '../src/nlu/metrics';
import { NONE_INTENT } from '../src/nlu/threshold';
import { defaultIntentModelOptions } from '../src/nlu/train';
import { fail, parseOrExit, pct, progress } from './cli/args';
import { confusedPairs, writeConfusions } from './nlu/confusions';
import { scorePredictions } from './nlu/evaluate';
import { featureOverridesOrExit } from './nlu/feature-overrides';

const HELP = `
Usage: npx tsx training/nlu-cv.ts [--intents DIR] [--lang en|zh] [--folds 5] [--seed 13]
                                  [--neural-weight W] [--features K=V,...] [--confusions FILE] [--json]

Stratified k-fold cross-validation of the corpus under DIR (default ./intents), per language,
with the shipped engine settings (the same features, solver and calibration as the shipped model).
Reports, over the out-of-fold predictions:
  macroF1            macro-F1 with None counted as a class, no threshold
  inScopeMacroF1     macro-F1 over the real intents only (None is then just a wrong answer)
  macroF1AtThreshold macro-F1 with each fold's None threshold chosen on the other folds only
  --lang             only this language (default: every language in the corpus)
  --neural-weight    blend weight of node-nlp's classifier (shipped default 0)
  --features K=V,... feature settings to change from the shipped ones, for every language run:
                     wordNgrams, charMin, charMax (integers; charMin 0 turns characters off),
                     glosses (true/false, Chinese only), spelling (true/false: read unknown
                     non-words as the training word one typo away), meaning (weight of the word-vector
                     block, 0 = off), pairs (weight of the word-pair block, 0 = off) and
                     pairWindow (integer ≥ 2: farthest apart the words of a pair may be),
                     e.g. --lang zh --features charMax=3,glosses=false,meaning=0,pairs=0
  --confusions FILE  also write every mistake and the most confused intent pairs as Markdown
                     (e.g. reports/corpus-confusions.md)
`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  const folds = Number(args.values.get('folds') ?? 5);
  const seed = Number(args.values.get('seed') ?? 13);
  const corpus = loadCorpus(args.values.get('intents') ?? './intents');
  if (Object.keys(corpus).length === 0) fail('no corpus found');
  const results: Record<string, unknown> = {};
  const forReport: Parameters<typeof writeConfusions>[1] = {};
  const only = args.values.get('lang');
  for (const [lang, examples] of Object.entries(corpus) as [Lang, LabelledText[]][]) {
    if (only !== undefined && lang !== only) continue;
    const started = performance.now();
    const options = defaultIntentModelOptions(lang);
    const weight = args.values.get('neural-weight');
    if (weight !== undefined) options.neuralWeight = Number(weight);
    const features = args.values.get('features');
    if (features !== undefined) options.features = featureOverridesOrExit(options.features, features, HELP);
    const cv = await crossValidate(lang, examples, options, folds, seed, (f, k) => progress(`[${lang}] fold`, f, k));
    const oof = cv.predictions;
    forReport[lang] = { predictions: oof, folds };
    const plain = scorePredictions(
      oof.map((p) => ({ text: p.text, gold: p.gold, predicted: p.top, score: p.score, lang })),
    );
    const thresholded = scorePredictions(
      thresholdedOutOfFold(oof).map((predicted, i) => ({ ...plain.predictions[i]!, predicted })),
    );
    const inScope = oof.filter((p) => p.gold !== NONE_INTENT);
    const inScopeMacroF1 = macroF1(
      inScope.map((p) => p.gold),
      inScope.map((p) => p.top),
    );
    results[lang] = {
      utterances: examples.length,
      folds,
      temperature: cv.temperature,
      macroF1: plain.macroF1,
      accuracy: plain.accuracy,
      inScopeMacroF1,
      macroF1AtThreshold: thresholded.macroF1,
      accuracyAtThreshold: thresholded.accuracy,
      seconds: (performance.now() - started) / 1000,
      weakest: plain.perClass
        .filter((m) => m.support > 0)
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, 5),
      confusedPairs: confusedPairs(oof).slice(0, 10),
    };
    if (!args.flags.has('json')) {
      console.log(
        `${lang}: ${examples.length} utterances, ${folds}-fold macro-F1 ${pct(plain.macroF1)} (accuracy ${pct(plain.accuracy)}, in-scope macro-F1 ${pct(inScopeMacroF1)}); with a threshold chosen on the other folds: macro-F1 ${pct(thresholded.macroF1)}`,
      );
      for (const [pair, n] of confusedPairs(oof).slice(0, 5)) console.log(`  ${pair}: ${n}`);
    }
  }
  const confusions = args.values.get('confusions');
  if (confusions) writeConfusions(confusions, forReport);
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => fail(String(error instanceof Error ? error.stack : error)));
