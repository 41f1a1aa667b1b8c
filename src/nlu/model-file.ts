/**
 * Loading the model from disk at startup, training it first when the file is missing or older than
 * the corpus (so editing `intents/` and restarting is all a shop owner does).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusModifiedAt, loadCorpus } from './corpus';
import { ConciergeNlu, type ConciergeNluOptions } from './engine';
import { loadVocabularyFile } from './entities/vocabulary';
import { MODEL_FORMAT, MODEL_VERSION, NluModel, type NluModelJSON } from './model';
import { type TrainOptions, trainNlu } from './train';

export function saveModel(model: NluModel, file: string): number {
  mkdirSync(dirname(file), { recursive: true });
  const text = JSON.stringify(model.toJSON());
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export function readModel(file: string): NluModel {
  return NluModel.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as NluModelJSON);
}

export interface LoadOrTrainOptions extends Omit<ConciergeNluOptions, 'model'> {
  modelFile: string;
  /** The `intents/` folder: `en/*.json`, `zh/*.json` and `entities.json`. */
  corpusDir: string;
  log?: (message: string) => void;
  train?: TrainOptions;
}

export async function loadOrTrainNlu(options: LoadOrTrainOptions): Promise<ConciergeNlu> {
  const { modelFile, corpusDir, log = () => {}, train, ...engineOptions } = options;
  const corpusTime = corpusModifiedAt(corpusDir);
  const modelTime = existsSync(modelFile) ? statSync(modelFile).mtimeMs : -1;
  let model: NluModel | undefined;
  let reason =
    modelTime < 0 ? `nlu: no model at ${modelFile}, training` : 'nlu: corpus is newer than the model, retraining';
  if (modelTime >= 0 && modelTime >= corpusTime) {
    const stored = JSON.parse(readFileSync(modelFile, 'utf8')) as NluModelJSON;
    if (stored?.format === MODEL_FORMAT && stored.version === MODEL_VERSION) {
      model = NluModel.fromJSON(stored);
      log(`nlu: loaded model ${modelFile}`);
    } else {
      // A model written by another release: its features or scores may mean something else now.
      reason = `nlu: model ${modelFile} has format version ${String(stored?.version)}, retraining for ${MODEL_VERSION}`;
    }
  }
  if (!model) {
    log(reason);
    model = await trainNlu(loadCorpus(corpusDir), train);
    const bytes = saveModel(model, modelFile);
    log(`nlu: trained and saved ${modelFile} (${Math.round(bytes / 1024)} KiB)`);
  }
  const entitiesFile = join(corpusDir, 'entities.json');
  if (!engineOptions.baseVocabulary && existsSync(entitiesFile)) {
    engineOptions.baseVocabulary = loadVocabularyFile(entitiesFile);
  }
  return new ConciergeNlu({ ...engineOptions, model });
}
