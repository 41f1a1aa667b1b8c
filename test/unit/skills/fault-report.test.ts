import { reasonSlot, reportsFault, saysFaulty } from '../../../src/skills/returns/reason';

describe('faults in the shopper’s own item', () => {
  it.each([
    'the zip on my jacket broke after two wears',
    'I bought a bag last month and the strap snapped',
    'my tee shrank in the wash',
    'the heel fell off my boots',
    'the sole came off my running shoes',
    'the zip on my coat is stuck',
    '我买的鞋开胶了',
    '收到的衣服掉色',
  ])('reads %p as a fault report', (text) => {
    expect(reportsFault(text)).toBe(true);
  });

  it.each(['does it shrink in the wash?', 'what if the zip breaks?', 'is the colour fast?', '会起球吗'])(
    'leaves %p, which has no item of the shopper’s, to questions',
    (text) => {
      expect(reportsFault(text)).toBe(false);
    },
  );

  it('reads a breaking part as a fault, and being broke as none', () => {
    expect(saysFaulty('what if the zip breaks?')).toBe(true);
    expect(saysFaulty("I'm broke, anything under £20?")).toBe(false);
    expect(saysFaulty('we are so broke this month')).toBe(false);
    // Inside other words: "sustainable" holds "stain", "wholesale" "hole".
    expect(saysFaulty('are your clothes sustainable?')).toBe(false);
    expect(saysFaulty('do you sell wholesale?')).toBe(false);
    expect(saysFaulty('there is a stain on it')).toBe(true);
  });
});

describe('a reason said before its question', () => {
  type ExtractArgs = Parameters<typeof reasonSlot.extract>[0];
  const early = (text: string) => reasonSlot.extract({ text, asked: false } as unknown as ExtractArgs);

  it('reads the length of a garment, not the length of a wait', () => {
    expect(early('the dress is too long')).toBe('too_big');
    expect(early('it took too long to arrive')).toBeUndefined();
  });

  it('reads "to big" and "to small", the common typos, as the sizes they mean', () => {
    expect(early('it was to big')).toBe('too_big');
    expect(early('way to small for me')).toBe('too_small');
    expect(early('I sent it to my sister')).toBeUndefined();
  });
});
