/** Per-message latency of an `Nlu` over a list of texts: warm-up, then p50/p95/p99/mean in milliseconds. */
import type { Nlu } from '../../src/nlu/types';

export interface Latency {
  messages: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

export async function measureLatency(nlu: Nlu, texts: readonly string[], warmUp = 200): Promise<Latency> {
  for (const text of texts.slice(0, warmUp)) await nlu.classify(text);
  const times: number[] = [];
  for (const text of texts) {
    const started = process.hrtime.bigint();
    await nlu.classify(text);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    messages: times.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
  };
}
