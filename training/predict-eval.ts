/**
 * Evaluates the propensity forest on any CSV with a label column, optionally side by side with
 * scikit-learn's RandomForestClassifier on the identical split. See --help.
 */
import { parseOrExit } from './cli/args';
import { encodeRows, fitEncoder, readLabeledCsv } from './predict/dataset';
import { type Fold, type ModelResult, runOurs, runSklearn } from './predict/evaluate';
import { formatReport, summarise } from './predict/report';
import { stratifiedFolds, stratifiedSplit } from './predict/split';

const HELP = `
predict-eval — ROC-AUC, PR-AUC, F1, precision@top-10% and timings for the propensity forest on a CSV.

  npm run predict:eval -- --data FILE.csv --label COLUMN [options]

  --data FILE        CSV with a header row (numbers, TRUE/FALSE booleans and categories are encoded)
  --label COLUMN     the column to predict (two-valued, or pass --positive)
  --positive VALUE   the label value that counts as positive (default: TRUE/yes/1, else the rarer value)
  --test-share X     share of rows held out for testing, stratified (default 0.25)
  --folds K          stratified K-fold cross-validation instead of one split
  --seed N           split and model seed (default 42)
  --trees N          trees in our forest (default 100)
  --sklearn          also run scikit-learn's RandomForestClassifier(n_estimators=100, n_jobs=1) on the same
                     rows (${'$'}SKLEARN_PYTHON, default /usr/bin/python3, with python3-sklearn installed)
  --json             print exactly one JSON object on stdout
  --help             this text

The F1 threshold is chosen on out-of-bag scores of the training rows (for both models), not on test rows.
`;

function main(): void {
  const args = parseOrExit(process.argv.slice(2), ['json', 'sklearn'], HELP);
  const data = args.values.get('data');
  const label = args.values.get('label');
  if (!data || !label) {
    process.stderr.write(`--data and --label are required\n${HELP}`);
    process.exit(2);
  }
  const seed = Number(args.values.get('seed') ?? 42);
  const testShare = Number(args.values.get('test-share') ?? 0.25);
  const folds = args.values.has('folds') ? Number(args.values.get('folds')) : 0;
  const trees = Number(args.values.get('trees') ?? 100);
  const table = readLabeledCsv(data, label, args.values.get('positive'));
  process.stderr.write(
    `${table.rows.length} rows, ${table.featureNames.length} features, positive "${table.positiveValue}"\n`,
  );
  const splits =
    folds > 1 ? stratifiedFolds(table.labels, folds, seed) : [stratifiedSplit(table.labels, testShare, seed)];
  const runs: { ours: ModelResult; sklearn?: ModelResult }[] = [];
  splits.forEach((split, i) => {
    const encoders = fitEncoder(table, split.train);
    const fold: Fold = {
      featureNames: table.featureNames,
      trainX: encodeRows(table, split.train, encoders),
      trainY: split.train.map((r) => table.labels[r] as number),
      testX: encodeRows(table, split.test, encoders),
      testY: split.test.map((r) => table.labels[r] as number),
    };
    process.stderr.write(`split ${i + 1}/${splits.length}: training ours (${fold.trainX.length} rows)\n`);
    const ours = runOurs(fold, { seed, nEstimators: trees, subForests: trees });
    let sklearn: ModelResult | undefined;
    if (args.flags.has('sklearn')) {
      process.stderr.write(`split ${i + 1}/${splits.length}: training scikit-learn\n`);
      sklearn = runSklearn(fold, seed);
    }
    runs.push(sklearn ? { ours, sklearn } : { ours });
  });
  const result = summarise(
    { data, label, positive: table.positiveValue, rows: table.rows.length, seed, folds, testShare },
    runs,
  );
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(result)}\n` : formatReport(result));
}

main();
