/**
 * One-typo tolerance for search words: "jaket" finds jackets, "sweter" sweaters. A word that matches
 * nothing in the catalogue is replaced by the catalogue word one edit away (a letter added, dropped,
 * changed, or two neighbours swapped), the one more products use when several are. Short words are
 * left alone: three letters leave too many neighbours ("the" is one edit from "tee").
 */

const MIN_LENGTH = 4;

/** True when `a` becomes `b` by exactly one insertion, deletion, substitution or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // neighbours swapped
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1); // one letter added or dropped
}

/** The catalogue word `word` was probably meant as, from `counts` (word → products using it). */
export function correctSpelling(word: string, counts: ReadonlyMap<string, number>): string | undefined {
  if (word.length < MIN_LENGTH || counts.has(word)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [candidate, count] of counts) {
    if (candidate.length < MIN_LENGTH || !oneEditApart(word, candidate)) continue;
    if (count > bestCount || (count === bestCount && best !== undefined && candidate < best)) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
