import { toHalfWidth } from '../../../src/nlu/half-width';

describe('full-width forms', () => {
  it('reads full-width digits, letters and signs as ASCII', () => {
    expect(toHalfWidth('订单＃１０２４０')).toBe('订单#10240');
    expect(toHalfWidth('ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('abc@example.com');
    expect(toHalfWidth('ＷＨＥＲＥ\u3000ＩＳ')).toBe('WHERE IS');
    expect(toHalfWidth('￥１２０，￡５')).toBe('¥120,£5');
  });

  it('keeps the length and leaves everything else alone', () => {
    for (const text of ['我的订单 10240，谢谢！', 'ﬁne ㎏ café', '退货']) {
      const converted = toHalfWidth(text);
      expect(converted).toHaveLength(text.length);
      expect(converted).toBe(text.replace('，', ',').replace('！', '!'));
    }
  });
});
