import { join } from 'node:path';
import { ManualClock } from '../../../src/core/clock';
import { loadCorpus } from '../../../src/nlu/corpus';
import { ConciergeNlu } from '../../../src/nlu/engine';
import { staticVocabulary } from '../../../src/nlu/entities/vocabulary';
import { NluModel, type NluModelJSON } from '../../../src/nlu/model';
import { trainNlu } from '../../../src/nlu/train';

const corpusDir = join(__dirname, 'fixtures', 'intents');
let model: NluModel;

beforeAll(async () => {
  model = await trainNlu(loadCorpus(corpusDir), { thresholdFolds: 2, seed: 3 });
});

const heldOut: [string, string][] = [
  ['where has my parcel got to', 'order.track'],
  ['please cancel that order', 'order.cancel'],
  ['hello there', 'greeting'],
  ['包裹到哪了', 'order.track'],
  ['帮我取消订单吧', 'order.cancel'],
];

describe('ConciergeNlu', () => {
  it('classifies held-out phrases in both languages', async () => {
    const nlu = new ConciergeNlu({ model });
    for (const [text, intent] of heldOut) {
      const result = await nlu.classify(text);
      expect({ text, intent: result.alternatives[0]?.intent }).toEqual({ text, intent });
    }
    expect((await nlu.classify('包裹到哪了')).lang).toBe('zh');
  });

  it('tells a real sentence outside the shop from one not understood', async () => {
    const nlu = new ConciergeNlu({ model });
    expect(await nlu.classify("what's the weather like in London?")).toMatchObject({ intent: 'None', offTopic: true });
    expect(await nlu.classify('今天天气怎么样')).toMatchObject({ intent: 'None', offTopic: true });
    expect((await nlu.classify('asdkjh qwpoeiru')).offTopic).toBe(false);
    expect((await nlu.classify('where is my order?')).offTopic).toBe(false);
  });

  it('stores a threshold per language inside the model', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(model.languages[lang]?.threshold).toBeGreaterThanOrEqual(0);
      expect(model.languages[lang]?.stats.folds).toBe(2);
    }
  });

  it('answers None below the threshold but keeps the alternatives', async () => {
    const json = model.toJSON();
    json.languages.en!.threshold = 1.01;
    const strict = new ConciergeNlu({ model: NluModel.fromJSON(json) });
    const result = await strict.classify('where is my order');
    expect(result.intent).toBe('None');
    expect(result.alternatives[0]?.intent).toBe('order.track');
  });

  it('gives identical predictions after a JSON round trip', async () => {
    const copy = NluModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())) as NluModelJSON);
    const a = new ConciergeNlu({ model });
    const b = new ConciergeNlu({ model: copy });
    for (const text of [...heldOut.map(([t]) => t), 'tell me a joke', '取消', 'cancell my ordr']) {
      const ra = await a.classify(text);
      const rb = await b.classify(text);
      expect(rb.intent).toBe(ra.intent);
      expect(rb.score).toBeCloseTo(ra.score, 3);
    }
  });

  it('reads a Latin word training never used, and English does not have, as the training word one typo away', async () => {
    const nlu = new ConciergeNlu({ model });
    const typed = await nlu.classify('cancell my ordr');
    const meant = await nlu.classify('cancel my order');
    expect(typed.alternatives[0]?.intent).toBe('order.cancel');
    expect(typed.score).toBeCloseTo(meant.score, 6);
    // "track" is one edit from "trace", a real word: a word English has is never bent into a shop word.
    const real = await nlu.classify('trace my parcel');
    expect(real.score).not.toBeCloseTo((await nlu.classify('track my parcel')).score, 3);
    const json = model.toJSON();
    for (const entry of Object.values(json.languages)) delete entry?.classifier.spelling;
    const off = NluModel.fromJSON(json);
    const plain = await new ConciergeNlu({ model: off }).classify('cancell my ordr');
    expect(plain.score).not.toBeCloseTo(meant.score, 3);
  });

  it('never throws on odd input and fills entities, sentiment and frustration', async () => {
    const nlu = new ConciergeNlu({
      model,
      clock: new ManualClock('2026-01-15T10:00:00Z'),
      vocabulary: staticVocabulary({ products: [], categories: { shoes: ['shoes', '鞋子'] }, colours: {}, sizes: [] }),
    });
    expect((await nlu.classify('')).intent).toBe('None');
    expect((await nlu.classify('   ')).intent).toBe('None');
    const result = await nlu.classify('order 10234 is useless, I want black shoes tomorrow');
    expect(result.entities.map((e) => e.type)).toEqual(['order_number', 'category', 'date']);
    expect(result.frustrated).toBe(true);
    expect(Math.abs(result.sentiment)).toBeLessThanOrEqual(1);
    expect((await nlu.classify('this is terrible and I hate it')).sentiment).toBeLessThan(0);
    // "Off" in a discount is no complaint ("off" alone reads -0.76 to node-nlp); "came off" still is.
    expect((await nlu.classify('can I get 10% off?')).sentiment).toBeGreaterThanOrEqual(0);
    expect((await nlu.classify('is there any money off')).sentiment).toBeGreaterThanOrEqual(0);
    expect((await nlu.classify('the strap came off')).sentiment).toBeLessThan(0);
    expect((await nlu.classify('我的订单在哪里')).sentiment).toBe(0);
  });

  it('recognises a product the vocabulary gains without retraining', async () => {
    const clock = new ManualClock('2026-01-15T10:00:00Z');
    const vocabulary = { products: [] as { id: string; names: string[] }[], categories: {}, colours: {}, sizes: [] };
    const nlu = new ConciergeNlu({
      model,
      clock,
      vocabularyRefreshMs: 1000,
      vocabulary: { vocabulary: async () => ({ ...vocabulary, products: [...vocabulary.products] }) },
    });
    expect((await nlu.classify('do you have the Aurora Parka')).entities).toEqual([]);
    vocabulary.products.push({ id: 'p-99', names: ['Aurora Parka', '极光派克'] });
    clock.advance(2000);
    const found = await nlu.classify('do you have the Aurora Parka');
    expect(found.entities[0]).toMatchObject({ type: 'product', value: 'p-99' });
  });

  it('reads Traditional Chinese, and finds catalog names written in either script', async () => {
    const nlu = new ConciergeNlu({
      model,
      vocabulary: staticVocabulary({
        products: [{ id: 'p-3', names: ['羊絨圍巾'] }],
        categories: { shoes: ['鞋子'] },
        colours: {},
        sizes: [],
      }),
    });
    const traditional = await nlu.classify('幫我取消訂單吧');
    expect(traditional).toMatchObject({ lang: 'zh' });
    expect(traditional.alternatives[0]?.intent).toBe('order.cancel');
    for (const text of ['羊絨圍巾還有貨嗎', '羊绒围巾还有货吗']) {
      const [product] = (await nlu.classify(text)).entities;
      expect(product).toMatchObject({ type: 'product', value: 'p-3', start: 0, end: 4 });
    }
    // The message is converted, the offsets are the shopper's: 鞋子 sits at 3–5 in both scripts.
    expect((await nlu.classify('有沒有鞋子')).entities[0]).toMatchObject({ type: 'category', start: 3, end: 5 });
  });

  it("counts a new product's name as shop words, not as an off-topic request's unfamiliar words", async () => {
    const classifier = model.languages.en!.classifier;
    const text = 'do you have the Zephyrine Quillbrook';
    const noneScore = (scores: { intent: string; score: number }[]) => scores.find((s) => s.intent === 'None')!.score;
    const unknown = noneScore(await classifier.scores(text));
    const known = noneScore(await classifier.scores(text, classifier.wordsIn(['Zephyrine Quillbrook'])));
    expect(known).toBeLessThan(unknown);

    const withProduct = new ConciergeNlu({
      model,
      vocabulary: staticVocabulary({
        products: [{ id: 'p-7', names: ['Zephyrine Quillbrook'] }],
        categories: {},
        colours: {},
        sizes: [],
      }),
    });
    const without = await new ConciergeNlu({ model }).classify(text);
    const result = await withProduct.classify(text);
    // The best shop intent gains what None loses once the name is known.
    expect(result.alternatives[0]!.score).toBeGreaterThan(without.alternatives[0]!.score);
  });
});
