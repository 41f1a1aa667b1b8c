import { splitText, truncate } from './split-text';

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('hello', 10)).toEqual(['hello']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('prefers a newline, then a space, then a hard cut', () => {
    expect(splitText('aaaa bbb\ncccc', 10)).toEqual(['aaaa bbb', 'cccc']);
    expect(splitText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('abcdefghijklmnop', 10)).toEqual(['abcdefghij', 'klmnop']);
  });

  it('never produces a chunk over the limit or splits a surrogate pair', () => {
    const text = '😀'.repeat(30); // 60 code units, no break points
    const chunks = splitText(text, 7);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(7);
      expect(c).toBe(Array.from(c).join(''));
      expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
    }
    expect(chunks.join('')).toBe(text);
  });

  it('splits CJK text without spaces by length', () => {
    const text = '我的订单在哪里'.repeat(3);
    expect(splitText(text, 10).join('')).toBe(text);
  });
});

describe('truncate', () => {
  it('marks a cut with an ellipsis within the limit', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
