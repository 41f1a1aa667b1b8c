/** The NLU module: train or load a model, classify messages, extract entities. */
export { type Corpus, corpusModifiedAt, loadCorpus } from './corpus';
export { ConciergeNlu, type ConciergeNluOptions } from './engine';
export { CatalogMatcher, DEFAULT_ORDER_NUMBER_PATTERN, extractEntities } from './entities';
export {
  EMPTY_VOCABULARY,
  loadVocabularyFile,
  mergeVocabularies,
  staticVocabulary,
  type VocabularyProvider,
} from './entities/vocabulary';
export { isFrustrated } from './frustration';
export { detectLanguage } from './language-detect';
export { NluModel, type NluModelJSON } from './model';
export { type LoadOrTrainOptions, loadOrTrainNlu, readModel, saveModel } from './model-file';
export { NONE_INTENT } from './threshold';
export { defaultIntentModelOptions, type TrainOptions, trainLanguage, trainNlu } from './train';
export type * from './types';
