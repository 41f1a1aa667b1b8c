/**
 * Evaluates the recommenders on any interaction file, every model and the popularity baseline side
 * by side. See --help.
 */
import { existsSync } from 'node:fs';
import { intOption, note, numberOption, parseOrExit, usageError } from './cli/args';
import { type Dataset, datasetStats } from './rec/dataset';
import { evaluateModel, type ModelResult, trainMatrix } from './rec/evaluate';
import { loadInteractions, readText } from './rec/load-delimited';
import { DEFAULT_SETTINGS, MODEL_NAMES, type ModelName, type ModelSettings, modelSpecs } from './rec/models';
import { isOnlineRetailHeader, parseOnlineRetail } from './rec/online-retail';
import { PROTOCOLS, type Protocol, split } from './rec/protocols';
import { PUBLISHED_ML100K, publishedTable, resultsTable } from './rec/report';
import { tuneSettings } from './rec/tune';

const HELP = `
Usage: tsx training/rec-eval.ts --data FILE [options]

Evaluates top-k recommendation on a user,item[,rating][,timestamp] file (comma-, tab-, semicolon- or
::-separated, header optional; MovieLens-100k u.data works as is) or the UCI Online Retail CSV (.gz ok).
Ratings count as interactions. Items a user has in training are never recommended to them.

Options:
  --data FILE           interactions file (required)
  --format F            auto | interactions | online-retail (default auto: Online Retail by its header)
  --protocol P          random-75-25 (Microsoft Recommenders' stratified split, seed 42) |
                        leave-last-out (each user's most recent item is the test item)
                        (default random-75-25)
  --k N                 list length (default 10)
  --seed N              seed of the random split (default 42)
  --models LIST         comma-separated, from: ${MODEL_NAMES.join(', ')}
                        (default: all; content only when the file has item text)
  --lambda X            EASE L2 weight (default ${DEFAULT_SETTINGS.lambda})
  --ease-max-items N    keep only the N most-touched items in EASE (default: all)
  --neighbours N        item-knn neighbours per item (default ${DEFAULT_SETTINGS.neighbours})
  --shrink X            item-knn similarity shrinkage (default ${DEFAULT_SETTINGS.shrink})
  --knn-weight X        hybrid weight of item-knn next to EASE's 1 (default ${DEFAULT_SETTINGS.knnWeight})
  --content-weight X    hybrid weight of content (default ${DEFAULT_SETTINGS.contentWeight})
  --tune                pick λ and the hybrid weights on a validation split carved out of the
                        training split with the same protocol (the test split is never looked at)
  --json                print exactly one JSON object on stdout
  --help                this text

Progress goes to stderr. Output: P@k, R@k, NDCG@k, MAP@k, MAP(÷|T|), HR@k, coverage, fit time, serving
latency p50/p99 (one top-k list), and memory deltas per model.
`;

function loadDataset(path: string, format: string): Dataset {
  if (format === 'online-retail') return parseOnlineRetail(readText(path), path);
  if (format === 'interactions') return loadInteractions(path);
  const text = readText(path);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return isOnlineRetailHeader(firstLine) ? parseOnlineRetail(text, path) : loadInteractions(path);
}

function parseModels(raw: string | undefined): ModelName[] {
  if (raw === undefined) return [...MODEL_NAMES];
  const names = raw.split(',').map((s) => s.trim());
  const bad = names.filter((n) => !(MODEL_NAMES as readonly string[]).includes(n));
  if (bad.length > 0) throw new Error(`unknown model(s): ${bad.join(', ')}`);
  // the baseline always runs: every figure is read against it
  return [...new Set<ModelName>(['popularity', ...(names as ModelName[])])];
}

function main(): void {
  const args = parseOrExit(process.argv.slice(2), ['json', 'tune'], HELP);
  const data = args.values.get('data');
  if (!data) usageError('--data is required', HELP);
  if (!existsSync(data)) usageError(`no such file: ${data}`, HELP);
  const protocol = (args.values.get('protocol') ?? 'random-75-25') as Protocol;
  if (!PROTOCOLS.includes(protocol)) usageError(`--protocol must be one of ${PROTOCOLS.join(', ')}`, HELP);
  const format = args.values.get('format') ?? 'auto';
  if (!['auto', 'interactions', 'online-retail'].includes(format))
    usageError('--format must be auto, interactions or online-retail', HELP);
  let k: number;
  let seed: number;
  let names: ModelName[];
  let settings: ModelSettings;
  try {
    k = intOption(args, 'k', 10);
    seed = intOption(args, 'seed', 42, 0);
    names = parseModels(args.values.get('models'));
    const maxItems = args.values.has('ease-max-items') ? intOption(args, 'ease-max-items', 0) : undefined;
    settings = {
      lambda: numberOption(args, 'lambda', DEFAULT_SETTINGS.lambda),
      neighbours: intOption(args, 'neighbours', DEFAULT_SETTINGS.neighbours),
      shrink: numberOption(args, 'shrink', DEFAULT_SETTINGS.shrink),
      knnWeight: numberOption(args, 'knn-weight', DEFAULT_SETTINGS.knnWeight),
      contentWeight: numberOption(args, 'content-weight', DEFAULT_SETTINGS.contentWeight),
      ...(maxItems !== undefined && { easeMaxItems: maxItems }),
    };
  } catch (error) {
    usageError((error as Error).message, HELP);
  }

  note(`loading ${data}`);
  const t0 = performance.now();
  const dataset = loadDataset(data, format);
  const stats = datasetStats(dataset);
  note(
    `${stats.users} users, ${stats.items} items, ${stats.interactions} interactions (${stats.rowsRead} rows) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const hasText = (dataset.itemText?.size ?? 0) > 0;
  const { train, test } = split(dataset.interactions, protocol, seed);
  const trainSet = { matrix: trainMatrix(train), ...(hasText && dataset.itemText && { itemText: dataset.itemText }) };
  note(`${protocol}: ${train.length} training interactions, ${test.size} users with test items`);

  let tuning: Record<string, unknown> | undefined;
  if (args.flags.has('tune')) {
    const tuned = tuneSettings({
      rows: train,
      protocol,
      seed,
      k,
      base: settings,
      hasText,
      itemText: dataset.itemText,
      log: note,
    });
    settings = tuned.settings;
    tuning = tuned.report;
  }

  const results: ModelResult[] = [];
  for (const spec of modelSpecs(names, settings, hasText)) {
    note(`${spec.name}: fitting (${spec.describe})`);
    const result = evaluateModel(spec, trainSet, test, k, (done, total) =>
      note(`${spec.name}: ranked ${done}/${total} users`),
    );
    note(
      `${spec.name}: NDCG@${k} ${result.metrics.ndcg.toFixed(4)}, P@${k} ${result.metrics.precision.toFixed(4)}, HR@${k} ${result.metrics.hit.toFixed(4)}, fit ${result.fitSeconds.toFixed(2)} s`,
    );
    results.push(result);
  }

  const summary = {
    data,
    format: hasText ? 'online-retail' : 'interactions',
    protocol,
    k,
    seed,
    dataset: stats,
    split: { trainInteractions: train.length, testUsers: test.size },
    settings,
    ...(tuning && { tuning }),
    results,
    published: protocol === 'random-75-25' ? { note: 'MovieLens-100k only', table: PUBLISHED_ML100K } : undefined,
    node: process.version,
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const lines = [
    `${data} · ${protocol} · k = ${k} · ${stats.users} users, ${stats.items} items, ${stats.interactions} interactions`,
    '',
    resultsTable(results, k),
  ];
  if (protocol === 'random-75-25') lines.push('', publishedTable());
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
