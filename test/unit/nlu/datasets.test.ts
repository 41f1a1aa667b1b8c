import { join } from 'node:path';
import { parseCsv } from '../../../training/nlu/csv';
import { loadBraun, loadClinc150, loadCsvExamples } from '../../../training/nlu/datasets';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

describe('dataset loaders', () => {
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('loads text,intent,lang CSV', () => {
    const rows = loadCsvExamples(fixture('labelled.csv'));
    expect(rows).toEqual([
      { text: 'where is my parcel, please', intent: 'order.track', lang: 'en' },
      { text: 'he said "cancel" it', intent: 'order.cancel', lang: 'en' },
      { text: '我的订单在哪里', intent: 'order.track', lang: 'zh' },
    ]);
  });

  it('accepts a category column (Banking77 style)', () => {
    expect(loadCsvExamples(fixture('banking-style.csv'))[1]).toEqual({ text: 'how do I top up', intent: 'top_up' });
  });

  it('loads CLINC150 with oos as None', () => {
    const split = loadClinc150(fixture('clinc-tiny.json'));
    expect(split.train.map((e) => e.intent)).toEqual(['balance', 'book_flight', 'None']);
    expect(split.validation?.map((e) => e.intent)).toEqual(['balance', 'None']);
    expect(split.test.map((e) => e.intent)).toEqual(['book_flight', 'None']);
  });

  it('splits a Braun corpus on its training flag', () => {
    const split = loadBraun(fixture('braun-tiny.json'));
    expect(split.name).toBe('TinyCorpus');
    expect(split.train).toHaveLength(2);
    expect(split.test).toEqual([{ text: 'next bus please', intent: 'DepartureTime', lang: 'en' }]);
  });
});
