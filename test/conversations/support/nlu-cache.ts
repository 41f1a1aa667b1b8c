/**
 * The real NLU for transcript tests, trained once and cached in `.cache/` under a hash of the corpus:
 * an edited corpus gets a new file, an unchanged one loads in a fraction of a second.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConciergeNlu, loadCorpus, loadVocabularyFile, readModel, saveModel, trainNlu } from '../../../src/nlu';
import type { VocabularyProvider } from '../../../src/nlu/entities/vocabulary';
import type { NluModel } from '../../../src/nlu/model';

export const REPO_ROOT = resolve(__dirname, '../../..');
const CORPUS_DIR = join(REPO_ROOT, 'intents');
const CACHE_DIR = join(REPO_ROOT, '.cache');

function corpusHash(): string {
  const hash = createHash('sha256');
  for (const lang of ['en', 'zh']) {
    const dir = join(CORPUS_DIR, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      hash.update(`${lang}/${file}\n`);
      hash.update(readFileSync(join(dir, file)));
    }
  }
  const entities = join(CORPUS_DIR, 'entities.json');
  if (existsSync(entities)) hash.update(readFileSync(entities));
  return hash.digest('hex').slice(0, 16);
}

let model: Promise<NluModel> | undefined;

async function loadOrTrain(): Promise<NluModel> {
  const file = join(CACHE_DIR, `nlu-transcripts-${corpusHash()}.json`);
  if (existsSync(file)) return readModel(file);
  const trained = await trainNlu(loadCorpus(CORPUS_DIR), { seed: 13 });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a second jest worker never reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  saveModel(trained, tmp);
  renameSync(tmp, file);
  // Models of older corpora are never read again.
  for (const old of readdirSync(CACHE_DIR)) {
    if (old.startsWith('nlu-transcripts-') && join(CACHE_DIR, old) !== file && !old.endsWith('.tmp')) {
      rmSync(join(CACHE_DIR, old), { force: true });
    }
  }
  return trained;
}

/** Loads (or trains, on a new corpus) the model ahead of the first transcript. */
export async function warmNlu(): Promise<void> {
  model ??= loadOrTrain();
  await model;
}

/** One model per worker process; each bot gets its own engine over the shared model. */
export async function transcriptNlu(vocabulary: VocabularyProvider): Promise<ConciergeNlu> {
  model ??= loadOrTrain();
  const entities = join(CORPUS_DIR, 'entities.json');
  return new ConciergeNlu({
    model: await model,
    vocabulary,
    ...(existsSync(entities) ? { baseVocabulary: loadVocabularyFile(entities) } : {}),
  });
}
