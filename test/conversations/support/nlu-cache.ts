/**
 * The real NLU for transcript tests: the shared cached model (test/support/nlu-model-cache.ts), with
 * one engine per bot over it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../../src/core/clock';
import { ConciergeNlu, loadVocabularyFile } from '../../../src/nlu';
import type { VocabularyProvider } from '../../../src/nlu/entities/vocabulary';
import { CORPUS_DIR, cachedModel } from '../../support/nlu-model-cache';

/** Loads (or trains, on a new corpus) the model ahead of the first transcript. */
export async function warmNlu(): Promise<void> {
  await cachedModel();
}

/** One model per worker process; each bot gets its own engine over the shared model. */
export async function transcriptNlu(vocabulary: VocabularyProvider, clock: Clock): Promise<ConciergeNlu> {
  const entities = join(CORPUS_DIR, 'entities.json');
  return new ConciergeNlu({
    model: await cachedModel(),
    vocabulary,
    // "Today" and "Friday" resolve against the conversation's clock, as in production.
    clock,
    ...(existsSync(entities) ? { baseVocabulary: loadVocabularyFile(entities) } : {}),
  });
}
