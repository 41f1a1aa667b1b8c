import type { Note } from '../../../src/store/entities';
import { parseCsv } from '../../../training/nlu/csv';
import { reviewCandidates, reviewCsv } from '../../../training/nlu/review-candidates';

const note = (text: string, at: string, data: Record<string, unknown>): Note => ({
  id: `n-${at}`,
  kind: 'nlu_review',
  text,
  data,
  at,
});

describe('review candidates', () => {
  const notes = [
    note('do you sell gift cards', '2026-01-01T10:00:00Z', {
      lang: 'en',
      intent: 'None',
      score: 0.31,
      alternatives: [{ intent: 'product.search', score: 0.31 }],
    }),
    note('Do you  sell gift cards', '2026-01-02T10:00:00Z', { lang: 'en', intent: 'None', score: 0.28 }),
    note('礼品卡怎么用, 有说明吗', '2026-01-03T10:00:00Z', { lang: 'zh', intent: 'help', score: 0.42 }),
    note('   ', '2026-01-03T11:00:00Z', {}),
  ];

  it('groups the same text, counts it, and suggests the best alternative below the threshold', () => {
    const candidates = reviewCandidates(notes);
    expect(candidates.map((c) => [c.text, c.seen, c.guess])).toEqual([
      ['Do you sell gift cards', 2, 'None'],
      ['礼品卡怎么用, 有说明吗', 1, 'help'],
    ]);
  });

  it('writes a CSV that our CSV reader reads back, with the intent column left to fill in', () => {
    const rows = parseCsv(reviewCsv(reviewCandidates(notes.slice(2, 3))));
    expect(rows).toEqual([
      ['text', 'intent', 'lang', 'guess', 'score', 'seen'],
      ['礼品卡怎么用, 有说明吗', '', 'zh', 'help', '0.420', '1'],
    ]);
  });
});
