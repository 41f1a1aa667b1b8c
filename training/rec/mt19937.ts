/**
 * MT19937 exactly as numpy's legacy `np.random.seed(n)` / `np.random.rand()` produce it, so the
 * random 75/25 split draws the same numbers as Microsoft Recommenders' `python_stratified_split`
 * (seed 42) and assigns every row of a file to the same side.
 *
 * Seeding: numpy's `mt19937_seed` (Knuth's init_genrand). Doubles: numpy's 53-bit construction from
 * two 32-bit outputs, (a >> 5) · 2²⁶ + (b >> 6), divided by 2⁵³.
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

export class Mt19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
      throw new RangeError('seed must be an integer in [0, 2^32)');
    this.mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = this.mt[i - 1] as number;
      const x = (prev ^ (prev >>> 30)) >>> 0;
      // 1812433253 * x + i, modulo 2^32, without losing precision in float arithmetic
      this.mt[i] = (Math.imul(1812433253, x) + i) >>> 0;
    }
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const y = ((mt[i] as number) & UPPER) | ((mt[(i + 1) % N] as number) & LOWER);
      let v = (mt[(i + M) % N] as number) ^ (y >>> 1);
      if (y & 1) v ^= MATRIX_A;
      mt[i] = v >>> 0;
    }
    this.index = 0;
  }

  /** Next 32-bit output. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform double in [0, 1), identical to numpy's `random_sample`. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Standard normal by Box–Muller (for synthetic data only; not numpy-compatible). */
  normal(): number {
    const u = 1 - this.random();
    const v = this.random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
