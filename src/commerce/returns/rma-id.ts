/**
 * RMA numbers: "RMA-" and six characters. They come from a store-wide counter (unique across
 * instances, reproducible in tests) scrambled by a bijection, so consecutive returns do not read as
 * consecutive numbers and a shopper cannot guess someone else's.
 */
import type { KvRepo } from '../../store/repositories';

/** Crockford base32: no I, L, O or U, so the code reads back unambiguously over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BITS = 30; // 6 characters × 5 bits
const MASK = (1 << BITS) - 1;
export const RMA_COUNTER_KEY = 'returns:rma-counter';
const NEVER = '9999-12-31T23:59:59.999Z';

/** A bijection on 30-bit integers: odd multiplier, then xor-shifts (each invertible). */
function scramble(n: number): number {
  let x = Math.imul(n & MASK, 0x2c1b3c6d) & MASK;
  x ^= x >>> 13;
  x = Math.imul(x, 0x1f3d5b79) & MASK;
  x ^= x >>> 16;
  return x & MASK;
}

export function rmaIdFor(sequence: number): string {
  let x = scramble(sequence);
  let code = '';
  for (let i = 0; i < BITS / 5; i++) {
    code = ALPHABET[x & 31] + code;
    x >>>= 5;
  }
  return `RMA-${code}`;
}

/** Reserves `count` sequence numbers and returns the first. */
export async function reserveRmaSequence(kv: KvRepo, now: Date, count = 1): Promise<number> {
  const last = await kv.increment(RMA_COUNTER_KEY, count, NEVER, now.toISOString());
  return last - count + 1;
}

export async function nextRmaId(kv: KvRepo, now: Date): Promise<string> {
  return rmaIdFor(await reserveRmaSequence(kv, now));
}
