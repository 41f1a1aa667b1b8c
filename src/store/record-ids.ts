import { randomBytes } from 'node:crypto';

// No I, L, O or U: an id read out over the phone or typed into `/concierge resolve H-…` has no
// look-alike letters.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';

/** "H-7QK2M9XD": a prefix and 8 random base32 characters (about 10^12 values), short enough to type. */
export function readableId(prefix: string): string {
  let out = '';
  for (const b of randomBytes(8)) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}-${out}`;
}
