import { correctSpelling, oneEditApart, Speller } from '../../../src/nlu/spelling';

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

  it('prefers a double letter typed once to a more common word', () => {
    const counts = new Map([
      ['help', 40],
      ['hello', 5],
      ['shipping', 3],
      ['shaping', 9],
    ]);
    expect(correctSpelling('helo', counts)).toBe('hello');
    expect(correctSpelling('hepl', counts)).toBe('help');
    expect(correctSpelling('shiping', counts)).toBe('shipping');
  });

  it("reads the intent model's unknown non-words as its training words, in either language's text", () => {
    const speller = Speller.fit([
      'cancel my order',
      'cancel order 0',
      'track my order',
      '我要cancel订单',
      'a boat trip',
    ]);
    const noWords = () => false;
    expect(speller.correct('cancell my ordr plz', noWords)).toBe('cancel my order plz');
    expect(speller.correct('帮我cancell订单', noWords)).toBe('帮我cancel订单');
    // A real word stays what it is, and so does a known one.
    expect(speller.correct('track my coat', (w) => w === 'coat')).toBe('track my coat');
    expect(speller.correct('boat', noWords)).toBe('boat');
    // "wasn" is one edit from "was": a contraction stays whole, or its "not" would be lost.
    expect(Speller.fit(['it was applied']).correct("it wasn't applied", noWords)).toBe("it wasn't applied");
    const copy = Speller.fromJSON(JSON.parse(JSON.stringify(speller.toJSON())));
    expect(copy.correct('cancell my ordr plz', noWords)).toBe('cancel my order plz');
  });
});
