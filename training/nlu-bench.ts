/** Trains a fresh model on an external dataset with the shipped settings and evaluates it. See --help. */

import { fitTemperature } from '../src/nlu/calibration';
import { ConciergeNlu } from '../src/nlu/engine';
import { NluModel } from '../src/nlu/model';
import { DEFAULT_FEATURES, type FeatureSettings } from '../src/nlu/text-features';
import { applyThreshold, chooseThreshold, chooseThresholdForRecall } from '../src/nlu/threshold';
import { DEFAULT_NEURAL_WEIGHT, trainLanguage } from '../src/nlu/train';
import type { Nlu } from '../src/nlu/types';
import { fail, parseOrExit, pct } from './cli/args';
import { trainBaseline } from './nlu/baseline';
import { loadBraun, loadClinc150, loadCsvExamples, type Split } from './nlu/datasets';
import { type Evaluation, evaluateNlu, scorePredictions } from './nlu/evaluate';
import { featureOverridesOrExit } from './nlu/feature-overrides';
import { type Latency, measureLatency } from './nlu/speed';

const HELP = `
Usage: npx tsx training/nlu-bench.ts --train FILE[,FILE…] [--test FILE] [--format csv|clinc150|braun]
                                     [--baseline] [--speed] [--neural-weight W] [--no-chars]
                                     [--min-oos-recall R] [--json]

Trains a fresh English model with the shipped engine settings on an external dataset, evaluates it,
and reports training time.
  csv       --train and --test are text,intent CSV files (Banking77's text,category works too)
  clinc150  --train data_full.json: trains on train + oos_train (as None), fits the softmax
            temperature and picks the out-of-scope threshold on val + oos_val (the lowest cut
            reaching --min-oos-recall there), reports in-scope accuracy and out-of-scope recall on
            test + oos_test
  braun     --train A.json,B.json,C.json: each corpus splits on its "training" flag; reports
            micro-F1 per corpus and over all test sets
  --baseline        also train bare node-nlp (NlpManager defaults) on the same split, side by side
  --speed           per-message latency p50/p95/p99 of the engine (and the baseline with --baseline)
                    over 5,000 classify calls after a warm-up
  --neural-weight   blend weight of node-nlp's classifier (shipped default 0 = SVM only; 0.3 = blend)
  --min-oos-recall  out-of-scope recall the validation threshold must reach (default 0.5;
                    0 = maximise macro-F1 with None as a class instead)
  --no-chars        word features only (to show what character n-grams add)
  --features K=V,...  English feature settings to change from the shipped ones, as in nlu:cv
                    (e.g. --features meaning=0 or pairs=0 to measure without the word-vector
                    or the word-pair block)
  --json            print one JSON object to stdout; progress goes to stderr
`;

function loadSplits(format: string, trainFiles: string[], testFile: string | undefined): Split[] {
  if (format === 'clinc150') return [loadClinc150(trainFiles[0]!)];
  if (format === 'braun') return trainFiles.map(loadBraun);
  if (format !== 'csv') fail(`unknown --format ${format}`);
  if (!testFile) fail('--test FILE is required with --format csv');
  return [{ name: trainFiles[0]!, train: trainFiles.flatMap(loadCsvExamples), test: loadCsvExamples(testFile) }];
}

interface RunResult {
  name: string;
  trainSeconds: number;
  threshold?: number;
  temperature?: number;
  noThresholdInScopeAccuracy?: number;
  /** In-scope accuracy on the validation split before any cut: what settings are compared on. */
  validationInScopeAccuracy?: number;
  evaluation: Evaluation;
  latency?: Latency;
}

interface OursSettings {
  neuralWeight: number;
  features: FeatureSettings;
  speed: boolean;
  /** With a validation split: the out-of-scope recall the threshold must reach there. */
  minOosRecall: number;
}

async function runOurs(split: Split, settings: OursSettings): Promise<RunResult> {
  const started = performance.now();
  const language = await trainLanguage('en', split.train, {
    thresholdFolds: 0,
    fixedThreshold: 0,
    intentModel: {
      en: {
        neuralWeight: settings.neuralWeight,
        features: settings.features,
      },
    },
  });
  const trainSeconds = (performance.now() - started) / 1000;
  let threshold: number | undefined;
  let temperature: number | undefined;
  let validationInScopeAccuracy: number | undefined;
  if (split.validation) {
    // Calibrate on the validation split (the test split is never looked at), then pick the cut.
    const classifier = language.classifier;
    const explained = await Promise.all(split.validation.map((e) => classifier.explain(e.text)));
    temperature = fitTemperature(
      explained.map((x, i) => ({ margins: x.margins, gold: classifier.intents.indexOf(split.validation![i]!.intent) })),
    );
    language.classifier = classifier.withTemperature(temperature);
    const val = await evaluateNlu(
      new ConciergeNlu({ model: new NluModel({ en: language }, new Date()) }),
      split.validation,
      `[${split.name}] validation`,
    );
    validationInScopeAccuracy = val.inScopeAccuracy;
    const scored = val.predictions.map((p) => ({ gold: p.gold, top: p.predicted, score: p.score }));
    threshold =
      settings.minOosRecall > 0
        ? chooseThresholdForRecall(scored, settings.minOosRecall).threshold
        : chooseThreshold(scored).threshold;
  }
  const nlu = new ConciergeNlu({ model: new NluModel({ en: language }, new Date()) });
  const raw = await evaluateNlu(nlu, split.test, `[${split.name}] test`);
  const evaluation =
    threshold === undefined
      ? raw
      : scorePredictions(
          raw.predictions.map((p) => ({ ...p, predicted: applyThreshold(p.predicted, p.score, threshold) })),
        );
  const result: RunResult = { name: split.name, trainSeconds, evaluation };
  if (threshold !== undefined) {
    result.threshold = threshold;
    result.noThresholdInScopeAccuracy = raw.inScopeAccuracy;
  }
  if (temperature !== undefined) result.temperature = temperature;
  if (validationInScopeAccuracy !== undefined) result.validationInScopeAccuracy = validationInScopeAccuracy;
  if (settings.speed) result.latency = await measureLatency(nlu, speedTexts(split));
  return result;
}

/** Up to 2,000 test messages, repeated to 5,000 samples so a p99 rests on 50 slow ones. */
function speedTexts(split: Split): string[] {
  const texts = split.test.slice(0, 2000).map((e) => e.text);
  return Array.from({ length: Math.max(texts.length, 5000) }, (_, i) => texts[i % texts.length]!);
}

async function runBaseline(split: Split, speed: boolean): Promise<RunResult> {
  const started = performance.now();
  const baseline: Nlu = await trainBaseline(split.train);
  const trainSeconds = (performance.now() - started) / 1000;
  const evaluation = await evaluateNlu(baseline, split.test, `[${split.name}] baseline test`);
  const result: RunResult = { name: split.name, trainSeconds, evaluation };
  if (speed) result.latency = await measureLatency(baseline, speedTexts(split));
  return result;
}

function pooled(results: RunResult[]): Evaluation {
  return scorePredictions(results.flatMap((r) => r.evaluation.predictions));
}

function describe(r: RunResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: r.name,
    trainSeconds: r.trainSeconds,
    examples: r.evaluation.count,
    accuracy: r.evaluation.accuracy,
    macroF1: r.evaluation.macroF1,
    inScopeAccuracy: r.evaluation.inScopeAccuracy,
    outOfScopeRecall: r.evaluation.outOfScopeRecall,
  };
  if (r.threshold !== undefined) out.threshold = r.threshold;
  if (r.temperature !== undefined) out.temperature = r.temperature;
  if (r.noThresholdInScopeAccuracy !== undefined) out.noThresholdInScopeAccuracy = r.noThresholdInScopeAccuracy;
  if (r.validationInScopeAccuracy !== undefined) out.validationInScopeAccuracy = r.validationInScopeAccuracy;
  if (r.latency) out.latency = r.latency;
  return out;
}

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json', 'baseline', 'speed', 'no-chars'], HELP);
  const trainFiles = (args.values.get('train') ?? fail('--train is required (see --help)')).split(',');
  const format = args.values.get('format') ?? (trainFiles[0]!.endsWith('.csv') ? 'csv' : 'braun');
  const neuralWeight = Number(args.values.get('neural-weight') ?? DEFAULT_NEURAL_WEIGHT);
  const minOosRecall = Number(args.values.get('min-oos-recall') ?? 0.5);
  const speed = args.flags.has('speed');
  let features = DEFAULT_FEATURES.en;
  if (args.flags.has('no-chars')) features = featureOverridesOrExit(features, 'charMin=0,charMax=0', HELP);
  const overrides = args.values.get('features');
  if (overrides !== undefined) features = featureOverridesOrExit(features, overrides, HELP);
  const splits = loadSplits(format, trainFiles, args.values.get('test'));
  const ours: RunResult[] = [];
  const baseline: RunResult[] = [];
  for (const split of splits) {
    ours.push(await runOurs(split, { neuralWeight, features, speed, minOosRecall }));
    if (args.flags.has('baseline')) baseline.push(await runBaseline(split, speed));
  }
  const total = (runs: RunResult[]) => {
    const all = pooled(runs);
    return {
      microF1: all.accuracy,
      macroF1: all.macroF1,
      inScopeAccuracy: all.inScopeAccuracy,
      outOfScopeRecall: all.outOfScopeRecall,
      trainSeconds: runs.reduce((s, r) => s + r.trainSeconds, 0),
    };
  };
  const report: Record<string, unknown> = {
    format,
    settings: { neuralWeight, features },
    ours: { total: total(ours), corpora: ours.map(describe) },
  };
  if (baseline.length > 0) {
    const b = total(baseline);
    report.baseline = { total: b, corpora: baseline.map(describe) };
    report.ratioVsBaseline = b.microF1 === 0 ? null : total(ours).microF1 / b.microF1;
  }
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const line = (label: string, r: RunResult) =>
    `${label.padEnd(9)} ${r.name.padEnd(28)} acc ${pct(r.evaluation.accuracy)}  in-scope ${pct(r.evaluation.inScopeAccuracy)}  OOS recall ${r.evaluation.outOfScopeRecall === null ? 'n/a' : pct(r.evaluation.outOfScopeRecall)}  train ${r.trainSeconds.toFixed(1)} s${r.validationInScopeAccuracy === undefined ? '' : `  (val in-scope ${pct(r.validationInScopeAccuracy)})`}${r.latency ? `  p50 ${r.latency.p50Ms.toFixed(2)} ms p95 ${r.latency.p95Ms.toFixed(2)} ms p99 ${r.latency.p99Ms.toFixed(2)} ms (CPU p99 ${r.latency.cpu.p99Ms.toFixed(2)} ms)` : ''}`;
  ours.forEach((r, i) => {
    console.log(line('ours', r));
    const b = baseline[i];
    if (b) console.log(line('node-nlp', b));
  });
  console.log(`ours: micro-F1 ${pct(total(ours).microF1)} over ${splits.length} split(s)`);
  if (baseline.length > 0) console.log(`node-nlp: micro-F1 ${pct(total(baseline).microF1)}`);
}

main().catch((error: unknown) => fail(String(error instanceof Error ? error.stack : error)));
