import { correctSpelling, oneEditApart } from '../../../src/commerce/catalog/spelling';

describe('one-typo spelling', () => {
  it('sees one added, dropped, changed or swapped letter, and no more', () => {
    for (const [typed, meant] of [
      ['jaket', 'jacket'],
      ['jackett', 'jacket'],
      ['jackat', 'jacket'],
      ['jakcet', 'jacket'],
    ]) {
      expect(oneEditApart(typed as string, meant as string)).toBe(true);
    }
    for (const [typed, meant] of [
      ['jacket', 'jacket'],
      ['jkcet', 'jacket'],
      ['jaket', 'jackets'],
      ['sandle', 'sandal'],
    ]) {
      expect(oneEditApart(typed as string, meant as string)).toBe(false);
    }
  });

  it('takes the word more products use, leaves known and short words alone', () => {
    const counts = new Map([
      ['boot', 3],
      ['boat', 1],
      ['tee', 2],
      ['coat', 4],
    ]);
    expect(correctSpelling('bxotx', counts)).toBeUndefined();
    expect(correctSpelling('bout', counts)).toBe('boot');
    expect(correctSpelling('coat', counts)).toBeUndefined();
    expect(correctSpelling('the', counts)).toBeUndefined();
    expect(correctSpelling('cota', counts)).toBe('coat');
  });
});
