/**
 * Measures ensembles of diverse members against the shipped single SVM (docs/benchmarks-nlu.md,
 * "Ensemble"). Members are trained once; every weighting is then scored from their stored outputs.
 * Temperatures, weights and cuts come from CLINC150's val split or out-of-fold corpus predictions,
 * never from test. See --help.
 */
import type { Lang } from '../src/core/message';
import { loadCorpus } from '../src/nlu/corpus';
import { stratifiedFolds } from '../src/nlu/cross-validation';
import { macroF1 } from '../src/nlu/metrics';
import { applyThreshold, chooseThresholdForRecall, NONE_INTENT, type ScoredPrediction } from '../src/nlu/threshold';
import { fail, parseOrExit } from './cli/args';
import { loadClinc150 } from './nlu/datasets';
import { combine, fitTemperatures, toPredictions } from './nlu/ensemble/combine';
import { MEMBER_NAMES, type MemberName, type MemberOutput, trainMembers } from './nlu/ensemble/members';
import { DEFAULT_SOFTMAX, type SoftmaxOptions } from './nlu/ensemble/softmax-regression';

const HELP = `
Usage: npx tsx training/nlu-ensemble.ts --clinc FILE | --corpus DIR [--members svm,words,chars,cnb,lr,span]
                                        [--weights "1,0,0,0,0;1,0.5,0.5,0,0"] [--folds 5]

  --clinc   CLINC150 data_full.json: members train on train + oos_train, temperatures and the cut
            (lowest reaching 50 % OOS recall on val) come from val; reports val and test in-scope
            accuracy raw and at the cut, test OOS recall, with the top probability or the top-2 gap
  --corpus  intents/ folder: k-fold out-of-fold macro-F1 (None as a class, no threshold) per language
  --members any of svm, words, chars, cnb, lr, span (training/nlu/ensemble/members.ts says what each is)
  --lr      logistic regression's epochs,learning rate,lambda (default 15,2,2e-6)
  --weights one weight list per combination, in --members order; each member alone is always scored
`;

const f = (x: number) => (100 * x).toFixed(2);

function inScopeAndRecall(predictions: readonly ScoredPrediction[], cut: number): [number, number] {
  const inScope = predictions.filter((p) => p.gold !== NONE_INTENT);
  const oos = predictions.filter((p) => p.gold === NONE_INTENT);
  const right = inScope.filter((p) => applyThreshold(p.top, p.score, cut) === p.gold).length;
  const caught = oos.filter((p) => applyThreshold(p.top, p.score, cut) === NONE_INTENT).length;
  return [right / inScope.length, oos.length === 0 ? 0 : caught / oos.length];
}

function describe(members: readonly MemberOutput[], weights: readonly number[]): string {
  return members.map((m, i) => `${m.name}=${weights[i]}`).join(' ');
}

function runClinc(file: string, names: MemberName[], combos: number[][], softmax: SoftmaxOptions): void {
  const split = loadClinc150(file);
  const val = split.validation ?? fail('no validation split');
  const classes = [...new Set(split.train.map((e) => e.intent))].sort();
  const members = trainMembers(
    'en',
    split.train,
    classes,
    [val.map((e) => e.text), split.test.map((e) => e.text)],
    names,
    softmax,
  );
  for (const m of members) console.log(`${m.name}: training ${m.seconds.toFixed(1)} s`);
  const temperatures = fitTemperatures(
    members,
    0,
    val.map((e) => classes.indexOf(e.intent)),
  );
  for (const weights of combos) {
    for (const useGap of [false, true]) {
      const valP = toPredictions(
        combine(members, temperatures, weights, 0),
        classes,
        val.map((e) => e.intent),
        useGap,
      );
      const testP = toPredictions(
        combine(members, temperatures, weights, 1),
        classes,
        split.test.map((e) => e.intent),
        useGap,
      );
      const cut = chooseThresholdForRecall(valP, 0.5);
      const [valRaw] = inScopeAndRecall(valP, 0);
      const [testRaw] = inScopeAndRecall(testP, 0);
      const [testCut, recall] = inScopeAndRecall(testP, cut.threshold);
      console.log(
        `${describe(members, weights)} ${useGap ? 'gap ' : 'maxp'} | val raw ${f(valRaw)} @cut ${f(cut.inScopeAccuracy)} | test raw ${f(testRaw)} @cut ${f(testCut)} OOS ${f(recall)}`,
      );
    }
  }
}

function runCorpus(dir: string, names: MemberName[], combos: number[][], k: number, softmax: SoftmaxOptions): void {
  const corpus = loadCorpus(dir);
  for (const lang of ['en', 'zh'] as Lang[]) {
    const examples = corpus[lang] ?? [];
    if (examples.length === 0) continue;
    const classes = [...new Set(examples.map((e) => e.intent))].sort();
    const folds = stratifiedFolds(
      examples.map((e) => e.intent),
      k,
      13,
    );
    // Out-of-fold outputs, put back in corpus order so they form one evaluation set.
    const pooled: MemberOutput[] = names.map((name) => ({ name, seconds: 0, outputs: [new Array(examples.length)] }));
    for (let fold = 0; fold < k; fold++) {
      const heldOut = examples.flatMap((_, i) => (folds[i] === fold ? [i] : []));
      const trained = trainMembers(
        lang,
        examples.filter((_, i) => folds[i] !== fold),
        classes,
        [heldOut.map((i) => examples[i]!.text)],
        names,
        softmax,
      );
      trained.forEach((m, j) => {
        pooled[j]!.seconds += m.seconds;
        heldOut.forEach((i, r) => {
          pooled[j]!.outputs[0]![i] = m.outputs[0]![r]!;
        });
      });
    }
    const gold = examples.map((e) => e.intent);
    const temperatures = fitTemperatures(
      pooled,
      0,
      gold.map((g) => classes.indexOf(g)),
    );
    for (const weights of combos) {
      const predicted = toPredictions(combine(pooled, temperatures, weights, 0), classes, gold, false);
      const seconds = pooled.reduce((s, m, j) => s + (weights[j] ? m.seconds : 0), 0);
      console.log(
        `${lang} ${describe(pooled, weights)} | ${k}-fold macro-F1 ${macroF1(
          gold,
          predicted.map((p) => p.top),
        ).toFixed(3)} (members' training ${seconds.toFixed(1)} s)`,
      );
    }
  }
}

function main(): void {
  const args = parseOrExit(process.argv.slice(2), [], HELP);
  const names = (args.values.get('members') ?? MEMBER_NAMES.join(',')).split(',') as MemberName[];
  for (const n of names) if (!MEMBER_NAMES.includes(n)) fail(`unknown member ${n}`);
  const singles = names.map((_, j) => names.map((__, i) => (i === j ? 1 : 0)));
  const extra = (args.values.get('weights') ?? '')
    .split(';')
    .filter(Boolean)
    .map((list) => list.split(',').map(Number));
  for (const w of extra) if (w.length !== names.length) fail(`--weights ${w} needs ${names.length} numbers`);
  const [epochs, learningRate, lambda] = (args.values.get('lr') ?? '').split(',').map(Number);
  const softmax: SoftmaxOptions = {
    ...DEFAULT_SOFTMAX,
    ...(epochs ? { epochs } : {}),
    ...(learningRate ? { learningRate } : {}),
    ...(lambda ? { lambda } : {}),
  };
  const clinc = args.values.get('clinc');
  if (clinc) runClinc(clinc, names, [...singles, ...extra], softmax);
  else
    runCorpus(
      args.values.get('corpus') ?? 'intents',
      names,
      [...singles, ...extra],
      Number(args.values.get('folds') ?? 5),
      softmax,
    );
}

main();
