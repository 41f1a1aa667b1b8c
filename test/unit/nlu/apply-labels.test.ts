import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/nlu/corpus';
import { applyLabels, readLabelledSheet } from '../../../training/nlu/apply-labels';

function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'labels-'));
  for (const lang of ['en', 'zh']) mkdirSync(join(dir, lang));
  mkdirSync(join(dir, 'holdout'));
  mkdirSync(join(dir, 'dev'));
  const write = (path: string, json: unknown) => writeFileSync(join(dir, path), `${JSON.stringify(json, null, 2)}\n`);
  write('en/orders.json', { lang: 'en', intents: { 'order.track': ['where is my order'] } });
  write('en/none.json', { lang: 'en', intents: { None: ['tell me a joke'] } });
  write('zh/orders.json', { lang: 'zh', intents: { 'order.track': ['我的订单到哪了'] } });
  writeFileSync(join(dir, 'holdout', 'en.csv'), 'text,intent,lang\nhas my parcel left yet,order.track,en\n');
  writeFileSync(join(dir, 'dev', 'mixed.csv'), 'text,intent,lang\n我的 parcel 呢,order.track,\n');
  return dir;
}

const sheet = `text,intent,lang,guess,score,seen
any news on my parcel,order.track,en,None,0.210,3
"Where is my order?!",order.track,en,None,0.300,2
has my parcel left yet,order.track,en,None,0.200,1
recommend a dentist,None,en,product.recommend,0.400,1
包裹怎么还没到,order.track,zh,None,0.250,1
我的 parcel 呢,order.track,zh,None,0.300,1
cancel it,order.cancel,en,None,0.100,1
bonjour,greeting,fr,None,0.100,1
just browsing,,en,None,0.300,1
`;

describe('applying a labelling sheet to the corpus', () => {
  it('adds new utterances to the file that owns the intent, and skips the rest with a reason', () => {
    const dir = corpusDir();
    const report = applyLabels(dir, readLabelledSheet(sheet));
    expect(report.added.map((a) => [a.lang, a.intent, a.text])).toEqual([
      ['en', 'order.track', 'any news on my parcel'],
      ['en', 'None', 'recommend a dentist'],
      ['zh', 'order.track', '包裹怎么还没到'],
    ]);
    expect(report.skipped.map((s) => [s.text, s.reason])).toEqual([
      ['Where is my order?!', 'already in the corpus'],
      ['has my parcel left yet', 'held out'],
      ['我的 parcel 呢', 'held out'],
      ['cancel it', 'unknown intent'],
      ['bonjour', 'unknown language'],
      ['just browsing', 'unlabelled'],
    ]);
    expect(report.filesChanged).toEqual(['en/none.json', 'en/orders.json', 'zh/orders.json'].map((f) => join(dir, f)));
    const corpus = loadCorpus(dir);
    expect(corpus.en?.map((e) => e.text)).toContain('any news on my parcel');
    expect(corpus.zh?.map((e) => e.text)).toContain('包裹怎么还没到');
    const orders = readFileSync(join(dir, 'en/orders.json'), 'utf8');
    expect(orders).toBe(
      `${JSON.stringify({ lang: 'en', intents: { 'order.track': ['where is my order', 'any news on my parcel'] } }, null, 2)}\n`,
    );
  });

  it('changes nothing on a dry run, and adds nothing twice', () => {
    const dir = corpusDir();
    const before = readFileSync(join(dir, 'en/orders.json'), 'utf8');
    expect(applyLabels(dir, readLabelledSheet(sheet), true).added).toHaveLength(3);
    expect(readFileSync(join(dir, 'en/orders.json'), 'utf8')).toBe(before);
    applyLabels(dir, readLabelledSheet(sheet));
    const again = applyLabels(dir, readLabelledSheet(sheet));
    expect(again.added).toEqual([]);
    expect(again.filesChanged).toEqual([]);
  });

  it('refuses a sheet without the columns it needs', () => {
    expect(() => readLabelledSheet('text,label\nhello,greeting\n')).toThrow(/"text" and "intent"/);
  });
});
