import { sentimentOfEnglish } from '../../../src/nlu/nlpjs';

describe('English sentiment', () => {
  it('stops a negation at the end of its clause', async () => {
    // Whole, node-nlp carries the "don't" on to "gift" (-0.51) and the "no" on to "great" (-0.64).
    expect(await sentimentOfEnglish("I don't know the email, it was a gift")).toBeGreaterThan(-0.1);
    expect(await sentimentOfEnglish("no, thanks, that's great")).toBeGreaterThan(0.5);
  });

  it('adds up the clauses, so two negative ones read as more negative than either', async () => {
    const both = await sentimentOfEnglish("this is not good, I'm angry");
    expect(both).toBeLessThan(-0.5);
    expect(both).toBeLessThan(await sentimentOfEnglish("I'm angry"));
    expect(await sentimentOfEnglish('not happy at all')).toBeLessThan(-0.5);
  });

  it('is 0 for a text with no sentiment words, and reads a discount as no complaint', async () => {
    expect(await sentimentOfEnglish('#10234, the blue one')).toBe(0);
    expect(await sentimentOfEnglish('can I get 10% off?')).toBeGreaterThanOrEqual(0);
  });
});
