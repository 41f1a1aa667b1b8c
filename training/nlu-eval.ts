/** Evaluates a trained model on a labelled CSV. Run with --help for options. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { ConciergeNlu } from '../src/nlu/engine';
import { readModel } from '../src/nlu/model-file';
import { fail, parseOrExit, pct } from './cli/args';
import { loadCsvExamples } from './nlu/datasets';
import { evaluateNlu, summary } from './nlu/evaluate';
import { renderReport, writeReport } from './nlu/html-report';

const HELP = `
Usage: npx tsx training/nlu-eval.ts --data FILE.csv [--model FILE] [--report DIR] [--json]

Runs the trained model (default ./data/nlu-model.json) on a CSV with header text,intent[,lang]
("None" marks out-of-scope rows) and reports accuracy, macro-F1, per-intent precision/recall/F1,
the confusion matrix and out-of-scope recall at the model's thresholds.
  --report DIR  also write a self-contained HTML report there (default ./reports)
  --json        print one JSON object to stdout
`;

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  const data = args.values.get('data') ?? fail('--data FILE.csv is required (see --help)');
  const modelFile = args.values.get('model') ?? './data/nlu-model.json';
  if (!existsSync(modelFile)) fail(`no model at ${modelFile}: run npx tsx training/train-nlu.ts first`);
  const nlu = new ConciergeNlu({ model: readModel(modelFile) });
  const evaluation = await evaluateNlu(nlu, loadCsvExamples(data));
  const reportFile = writeReport(
    args.values.get('report') ?? './reports',
    `nlu-eval-${basename(data, '.csv')}`,
    renderReport(`NLU evaluation: ${basename(data)}`, evaluation, { model: modelFile }),
  );
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify({ data, model: modelFile, report: reportFile, ...summary(evaluation) })}\n`);
    return;
  }
  console.log(`${data}: ${evaluation.count} examples`);
  console.log(`accuracy ${pct(evaluation.accuracy)}  macro-F1 ${pct(evaluation.macroF1)}`);
  if (evaluation.outOfScopeRecall !== null) console.log(`out-of-scope recall ${pct(evaluation.outOfScopeRecall)}`);
  const weakest = evaluation.perClass.filter((m) => m.support > 0).sort((a, b) => a.f1 - b.f1);
  for (const m of weakest.slice(0, 8))
    console.log(`  ${m.label.padEnd(32)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  n=${m.support}`);
  console.log(`report: ${reportFile}`);
}

main().catch((error: unknown) => fail(String(error instanceof Error ? error.stack : error)));
