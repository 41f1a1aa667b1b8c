/**
 * Fits a parsed query to the catalogue at hand. A term that matches no product cannot tell products
 * apart and is dropped ("lovely"); an unknown Chinese run is first split into pieces the catalogue
 * knows ("生日礼物" → "礼物"), since Chinese arrives without spaces; and a named kind with no product
 * of that kind ("loafers" in a shop without any) widens to its whole category; an English word one
 * typo away from a catalogue word ("jaket") is read as that word.
 */

import { correctSpelling } from '../../nlu/spelling';
import { colourForms } from './lexicon';
import { type IndexedProduct, scoreTerm } from './product-index';
import type { QueryTerm } from './query-parser';

const MIN_CJK_PIECE = 2;

export function refineTerms(
  terms: QueryTerm[],
  entries: IndexedProduct[],
  spellings: ReadonlyMap<string, number> = new Map(),
): QueryTerm[] {
  const known = (term: QueryTerm) => entries.some((e) => scoreTerm(e, term, colourForms) > 0);
  const refined: QueryTerm[] = [];
  for (const term of terms) {
    if (known(term)) refined.push(term);
    else if (term.kind === 'category' && term.specific) refined.push({ ...term, specific: false });
    else if (term.kind === 'cjk') refined.push(...knownPieces(term.value, known));
    else if (term.kind === 'word') {
      const meant = correctSpelling(term.value, spellings);
      if (meant) refined.push({ kind: 'word', value: meant });
    }
  }
  return refined;
}

/** Words of product names and tags, with how many products use each: what a typo is corrected to. */
export function catalogSpellings(entries: readonly IndexedProduct[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const word of new Set([...entry.nameWords, ...entry.tagWords])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Longest known pieces, left to right; characters no piece covers are skipped. */
function knownPieces(run: string, known: (term: QueryTerm) => boolean): QueryTerm[] {
  const pieces: QueryTerm[] = [];
  let start = 0;
  while (start < run.length) {
    let taken = 0;
    for (let length = run.length - start; length >= MIN_CJK_PIECE && taken === 0; length--) {
      const piece: QueryTerm = { kind: 'cjk', value: run.slice(start, start + length) };
      if (known(piece)) {
        pieces.push(piece);
        taken = length;
      }
    }
    start += taken || 1;
  }
  return pieces;
}
