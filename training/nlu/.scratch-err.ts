import { IntentModel } from '../../src/nlu/intent-model';
import { DEFAULT_FEATURES } from '../../src/nlu/text-features';
import { DEFAULT_VECTORIZER } from '../../src/nlu/vectorizer';
import { DEFAULT_SVM } from '../../src/nlu/linear-svm';
import { loadBraun } from './datasets';
(async () => {
  for (const f of ['AskUbuntuCorpus', 'WebApplicationsCorpus']) {
    const s = loadBraun(`/work/shared/data/nlu/braun/${f}.json`);
    const counts: Record<string, number> = {}; s.train.forEach(e => counts[e.intent] = (counts[e.intent] ?? 0) + 1); console.log(counts);
    const m = await IntentModel.train('en', s.train, { features: DEFAULT_FEATURES.en, vectorizer: DEFAULT_VECTORIZER, svm: DEFAULT_SVM, temperature: 8, neuralWeight: 0 });
    for (const e of s.test) { const r = await m.scores(e.text); if (r[0]!.intent !== e.intent) console.log(JSON.stringify(e.text), e.intent, '->', r[0]!.intent, r[0]!.score.toFixed(2), r[1]!.intent); }
  }
})();
