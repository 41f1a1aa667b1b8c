/**
 * A synthetic file shaped like MovieLens-100k `u.data` (943 users × 1682 items, ~100k ratings,
 * tab-separated `user item rating timestamp`, no header), for tests and timing only: MovieLens itself
 * may not be redistributed, so it is not on this machine. Its figures say nothing about MovieLens.
 *
 * Shape: long-tailed item popularity (Zipf-like), long-tailed user activity (at least 20 ratings each,
 * like ML-100k), and taste from hidden factors, so collaborative models have something to learn.
 * Each user picks items by Gumbel-top-n sampling from popularity × taste; ratings follow taste.
 */
import { Mt19937 } from './mt19937';

export interface SyntheticOptions {
  users?: number;
  items?: number;
  /** Hidden taste dimensions. */
  factors?: number;
  /** How much taste (vs popularity) decides what a user picks. */
  tasteStrength?: number;
  seed?: number;
}

export interface SyntheticRow {
  user: number;
  item: number;
  rating: number;
  timestamp: number;
}

const ML100K_FIRST = 874724710;
const ML100K_LAST = 893286638;

export function syntheticMovieLens(options: SyntheticOptions = {}): SyntheticRow[] {
  const users = options.users ?? 943;
  const items = options.items ?? 1682;
  const d = options.factors ?? 12;
  const beta = options.tasteStrength ?? 2.2;
  const rng = new Mt19937(options.seed ?? 20250101);
  const gumbel = () => -Math.log(-Math.log(1 - rng.random() * (1 - 1e-12)));

  const itemFactors = Float64Array.from({ length: items * d }, () => rng.normal());
  const itemBias = Float64Array.from({ length: items }, () => 0.4 * rng.normal());
  // Zipf-like popularity over a random order of items, so item ids carry no signal.
  const order = Array.from({ length: items }, (_, i) => i);
  for (let i = items - 1; i > 0; i--) {
    const j = Math.floor(rng.random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const logPop = new Float64Array(items);
  order.forEach((item, rank) => {
    logPop[item] = -0.95 * Math.log(rank + 8);
  });

  const rows: SyntheticRow[] = [];
  const scale = 1 / Math.sqrt(d);
  const affinity = new Float64Array(items);
  const keys = new Float64Array(items);
  for (let u = 0; u < users; u++) {
    const f = Float64Array.from({ length: d }, () => rng.normal());
    const userBias = 0.3 * rng.normal();
    const count = Math.min(items - 1, Math.min(737, 20 + Math.floor(Math.exp(3.95 + 1.0 * rng.normal()))));
    for (let i = 0; i < items; i++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += (f[k] as number) * (itemFactors[i * d + k] as number);
      affinity[i] = dot * scale;
      keys[i] = (logPop[i] as number) + beta * (affinity[i] as number) + gumbel();
    }
    const chosen = Array.from({ length: items }, (_, i) => i)
      .sort((a, b) => (keys[b] as number) - (keys[a] as number))
      .slice(0, count);
    const start = ML100K_FIRST + rng.random() * (ML100K_LAST - ML100K_FIRST) * 0.8;
    const span = (ML100K_LAST - start) * rng.random();
    for (const item of chosen) {
      const raw = 2.75 + 0.8 * (affinity[item] as number) + (itemBias[item] as number) + userBias + 0.9 * rng.normal();
      const rating = Math.min(5, Math.max(1, Math.round(raw)));
      rows.push({ user: u + 1, item: item + 1, rating, timestamp: Math.floor(start + span * rng.random()) });
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rng.random() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as SyntheticRow, rows[i] as SyntheticRow];
  }
  return rows;
}

/** The rows as `u.data` text. */
export function toUData(rows: readonly SyntheticRow[]): string {
  return `${rows.map((r) => `${r.user}\t${r.item}\t${r.rating}\t${r.timestamp}`).join('\n')}\n`;
}
