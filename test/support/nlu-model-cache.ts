/**
 * The real NLU model for tests, trained once and cached in `.cache/` under a hash of the corpus and
 * the NLU source: an edit to either gets a new file, an unchanged one loads in a fraction of a
 * second. Transcript tests take the model object; server tests take the file (as NLU_MODEL_FILE),
 * so createServer loads it instead of training.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { corpusModifiedAt, loadCorpus, readModel, saveModel, trainNlu } from '../../src/nlu';
import type { NluModel } from '../../src/nlu/model';
import { projectRoot } from '../../src/project-paths';

export const REPO_ROOT = projectRoot(__dirname);
export const CORPUS_DIR = join(REPO_ROOT, 'intents');
const NLU_SOURCE_DIR = join(REPO_ROOT, 'src', 'nlu');
const CACHE_DIR = join(REPO_ROOT, '.cache');
const PREFIX = 'nlu-transcripts-';

/**
 * Hash of what the model is made from: the corpus, and the NLU code that trains and serialises it
 * (a changed feature set or model format must not load a file written by older code).
 */
function modelHash(): string {
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
  for (const file of sourceFiles(NLU_SOURCE_DIR)) {
    hash.update(`${file.slice(REPO_ROOT.length)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The .ts files under `dir`, recursively, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
}

interface Cached {
  file: string;
  /** Set when this process trained the model, so it need not read back what it just wrote. */
  trained?: NluModel;
}

let cached: Promise<Cached> | undefined;

async function ensureModel(): Promise<Cached> {
  const file = join(CACHE_DIR, `${PREFIX}${modelHash()}.json`);
  if (existsSync(file)) {
    // The name says the content matches the sources, but loadOrTrainNlu judges by mtime: a corpus
    // file touched without a change (a checkout) would make the server retrain over our cache.
    if (statSync(file).mtimeMs < corpusModifiedAt(CORPUS_DIR)) {
      const now = new Date();
      utimesSync(file, now, now);
    }
    return { file };
  }
  const trained = await trainNlu(loadCorpus(CORPUS_DIR), { seed: 13 });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a second jest worker never reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  saveModel(trained, tmp);
  renameSync(tmp, file);
  // Models of older corpora or code are never read again.
  for (const old of readdirSync(CACHE_DIR)) {
    if (old.startsWith(PREFIX) && join(CACHE_DIR, old) !== file && !old.endsWith('.tmp')) {
      rmSync(join(CACHE_DIR, old), { force: true });
    }
  }
  return { file, trained };
}

/** Path of the model file for the current corpus and code, training it first when there is none. */
export async function cachedModelFile(): Promise<string> {
  cached ??= ensureModel();
  return (await cached).file;
}

let model: Promise<NluModel> | undefined;

/** The model itself, read once per process (jest worker). */
export function cachedModel(): Promise<NluModel> {
  model ??= (async () => {
    cached ??= ensureModel();
    const { file, trained } = await cached;
    return trained ?? readModel(file);
  })();
  return model;
}
