/**
 * A message's meaning as one dense vector: the average of its words' pretrained vectors
 * (`word-vectors.ts`), unit length, scaled by the setting's weight. TF-IDF only knows the words the
 * corpus used; this block puts "dentist" near "doctor" and "parcel" near "package", so requests
 * worded in ways training never saw still land near their intent, and out-of-scope requests that
 * borrow one shop verb ("recommend a good dentist") carry the rest of their meaning with them.
 *
 * Chinese words have no vectors of their own; they are read through their dictionary glosses
 * (`glosses.ts`), so 退钱 and 退款 both average towards "refund".
 */
import { WORD_VECTOR_DIMENSIONS, type WordVectors } from './word-vectors';

export const MEANING_DIMENSIONS = WORD_VECTOR_DIMENSIONS;

/**
 * How much a word counts in the average: a / (a + p(word)), p estimated from the word's frequency
 * rank by Zipf's law (p ≈ 1 / (rank × ln N)). "the", "my" and "please" fade to almost nothing while
 * content words keep full weight, without a stop-word list per language (smooth inverse frequency,
 * Arora et al. 2017). `a` was chosen by cross-validation on our corpus (docs/benchmarks-nlu.md).
 */
const SMOOTHING = 3e-4;
const ZIPF_NORMALISER = Math.log(400_000) + 0.5772;

function frequencyWeight(rank: number): number {
  const p = 1 / ((rank + 1) * ZIPF_NORMALISER);
  return SMOOTHING / (SMOOTHING + p);
}

/**
 * Unit-length, frequency-weighted average of the vectors of `words`, times `weight`; undefined when
 * no word has a vector.
 */
export function meaningVector(
  vectors: WordVectors,
  words: readonly string[],
  weight: number,
): Float64Array | undefined {
  const sum = new Float64Array(MEANING_DIMENSIONS);
  for (const word of words) {
    const rank = vectors.rankOf(word);
    if (rank !== undefined) vectors.addTo(rank, sum, frequencyWeight(rank));
  }
  // All zero when no word has a vector.
  let norm = 0;
  for (const v of sum) norm += v * v;
  if (norm === 0) return undefined;
  const factor = weight / Math.sqrt(norm);
  for (let k = 0; k < sum.length; k++) sum[k]! *= factor;
  return sum;
}
