import { chineseScriptTables } from '../../../src/nlu/nlpjs';
import { TraditionalChineseConverter } from '../../../src/nlu/traditional-chinese';
import { toTraditional } from '../../../training/nlu/to-traditional';

describe('Traditional Chinese in', () => {
  const converter = new TraditionalChineseConverter();

  it.each([
    ['運費多少錢', '运费多少钱'],
    ['我的訂單在哪裡', '我的订单在哪里'],
    ['怎麼取消訂單', '怎么取消订单'],
    ['乾淨的衣服', '干净的衣服'],
    ['頭髮', '头发'],
    ['我要退貨 order A12345', '我要退货 order A12345'],
  ])('reads %s as %s', (traditional, simplified) => {
    expect(converter.toSimplified(traditional)).toBe(simplified);
  });

  it('never touches Simplified text, even characters that are also Traditional forms', () => {
    for (const text of ['什么时候发货', '著名的品牌', '后天能到吗', '我的订单 10234', 'where is my order']) {
      expect(converter.toSimplified(text)).toBe(text);
    }
  });

  it('keeps the length, so entity offsets still point into the original message', () => {
    const text = '請問訂單 #10234 的運費是多少錢？';
    const simplified = converter.toSimplified(text);
    expect(simplified).toHaveLength(text.length);
    expect(simplified.indexOf('#10234')).toBe(text.indexOf('#10234'));
  });

  it('converts only when a character exists solely in Traditional form', () => {
    const tables = {
      simplifiedOf: (w: string) => ({ 麼: '么', 么: '幺', 錢: '钱' })[w],
      isSimplified: (w: string) => ['么', '幺', '钱'].includes(w),
      traditionalOf: () => undefined,
    };
    const small = new TraditionalChineseConverter(tables);
    expect(small.toSimplified('什么')).toBe('什么');
    expect(small.toSimplified('什麼錢')).toBe('什么钱');
    // 么 is listed as a Traditional form, but it is Simplified too: left alone even in converted text.
    expect(small.toSimplified('錢么')).toBe('钱么');
  });

  it('round-trips shop sentences through the test-set converter', () => {
    const { traditionalOf } = chineseScriptTables();
    for (const text of ['我想退货，订单号是 A10234', '这件外套有没有大码', '运费怎么算']) {
      const traditional = toTraditional(text, traditionalOf);
      expect(traditional).not.toBe(text);
      expect(converter.toSimplified(traditional)).toBe(text);
    }
  });
});
