import { asksForSimilar, isOrderFollowUp, mentionsReference, ordinalFrom } from '../../../src/dialogue/references';
import type { Entity } from '../../../src/nlu/types';

const turn = (text: string, ordinal?: string) => ({
  text,
  entity: (type: Entity['type']) =>
    type === 'ordinal' && ordinal ? { type, value: ordinal, text: ordinal, start: 0, end: 1 } : undefined,
});

describe('references', () => {
  it('reads positions in both languages', () => {
    expect(ordinalFrom(turn('the second one'))).toBe(2);
    expect(ordinalFrom(turn('how much is the 3rd?'))).toBe(3);
    expect(ordinalFrom(turn('第二个'))).toBe(2);
    expect(ordinalFrom(turn('第1件'))).toBe(1);
    expect(ordinalFrom(turn('the last one'))).toBe(-1);
    expect(ordinalFrom(turn('最后一个'))).toBe(-1);
    expect(ordinalFrom(turn('a red dress'))).toBeUndefined();
  });

  it('prefers the NLU ordinal entity', () => {
    expect(ordinalFrom(turn('the one after', '4'))).toBe(4);
  });

  it('notices words that point back', () => {
    for (const text of ['is it in stock?', 'that one', 'how much is this', '这个多少钱', '那件有M码吗']) {
      expect(mentionsReference(text)).toBe(true);
    }
    for (const text of ['show me red dresses', '我想买连衣裙']) expect(mentionsReference(text)).toBe(false);
  });

  it('tells a message that only names another order from a request that names one', () => {
    const withOrder = (text: string, number: string) => ({
      text,
      entity: (type: Entity['type']) =>
        type === 'order_number'
          ? { type, value: number.replace('#', ''), text: number, start: text.indexOf(number), end: 0 }
          : undefined,
    });
    for (const [text, number] of [
      ['what about 10236?', '10236'],
      ['and #10240', '#10240'],
      ['how about order 10236 then', '10236'],
      ['那10246呢', '10246'],
      ['还有订单10246', '10246'],
    ] as const) {
      expect(isOrderFollowUp(withOrder(text, number))).toBe(true);
    }
    for (const [text, number] of [
      ['cancel 10236', '10236'],
      ['I want to return 10235', '10235'],
      ['10240的发票', '10240'],
    ] as const) {
      expect(isOrderFollowUp(withOrder(text, number))).toBe(false);
    }
    expect(isOrderFollowUp(turn('what about the blue one?'))).toBe(false);
  });

  it('notices a request for more of the same without a pointing word', () => {
    for (const text of [
      'anything similar?',
      'got anything like that',
      'same style please',
      '有类似的吗',
      '还有差不多的吗',
    ]) {
      expect(asksForSimilar(text)).toBe(true);
    }
    for (const text of ['I like dresses', 'show me jackets', '我喜欢这个颜色'])
      expect(asksForSimilar(text)).toBe(false);
  });
});
