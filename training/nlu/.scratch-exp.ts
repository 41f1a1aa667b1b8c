import { IntentModel, type IntentModelOptions } from '../../src/nlu/intent-model';
import { DEFAULT_SVM } from '../../src/nlu/linear-svm';
import { accuracy, outOfScopeRecall } from '../../src/nlu/metrics';
import { DEFAULT_FEATURES } from '../../src/nlu/text-features';
import { applyThreshold, chooseThreshold } from '../../src/nlu/threshold';
import { DEFAULT_VECTORIZER } from '../../src/nlu/vectorizer';
import { loadBraun, loadClinc150 } from './datasets';

const D = '/work/shared/data/nlu/';
const which = process.argv[2]!;
const c = Number(process.argv[3] ?? 0.5),
  temp = Number(process.argv[4] ?? 8),
  ww = Number(process.argv[5] ?? 0.6),
  nw = Number(process.argv[6] ?? 0);
const opts: IntentModelOptions = {
  features: DEFAULT_FEATURES.en,
  vectorizer: { ...DEFAULT_VECTORIZER, wordWeight: ww },
  svm: { ...DEFAULT_SVM, c },
  temperature: temp,
  neuralWeight: nw,
};
(async () => {
  if (which === 'braun') {
    let ok = 0,
      n = 0;
    for (const f of ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus']) {
      const s = loadBraun(`${D}braun/${f}.json`);
      const m = await IntentModel.train('en', s.train, opts);
      let k = 0;
      for (const e of s.test) if ((await m.scores(e.text))[0]!.intent === e.intent) k++;
      console.log(f, k / s.test.length);
      ok += k;
      n += s.test.length;
    }
    console.log('micro', ok / n);
  } else {
    const s = loadClinc150(`${D}clinc150/data_full.json`);
    let t = Date.now();
    const m = await IntentModel.train('en', s.train, opts);
    console.log('train s', (Date.now() - t) / 1000);
    const pred = async (ex: typeof s.train) => {
      const out = [];
      for (const e of ex) {
        const b = (await m.scores(e.text))[0]!;
        out.push({ gold: e.intent, top: b.intent, score: b.score });
      }
      return out;
    };
    const val = await pred(s.validation!);
    t = Date.now();
    const test = await pred(s.test);
    console.log('pred ms/msg', (Date.now() - t) / s.test.length);
    const inScope = (g: string[], p: string[]) => {
      const gi = g.map((x, i) => [x, p[i]!] as const).filter(([x]) => x !== 'None');
      return accuracy(
        gi.map((a) => a[0]),
        gi.map((a) => a[1]),
      );
    };
    for (const obj of ['mf1', 'avg', 'acc']) {
      const th =
        obj === 'acc'
          ? chooseThreshold(val, accuracy)
          : obj === 'mf1'
            ? chooseThreshold(val)
            : chooseThreshold(val, (g, p) => (inScope(g, p) + outOfScopeRecall(g, p)) / 2);
      const g = test.map((x) => x.gold),
        p = test.map((x) => applyThreshold(x.top, x.score, th.threshold));
      console.log(
        obj,
        'th',
        th.threshold.toFixed(3),
        'inscope',
        inScope(g, p).toFixed(4),
        'oosRecall',
        outOfScopeRecall(g, p).toFixed(4),
      );
    }
    const p0 = test.map((x) => x.top),
      g = test.map((x) => x.gold);
    console.log('no threshold inscope', inScope(g, p0), 'oos', outOfScopeRecall(g, p0));
  }
})();
