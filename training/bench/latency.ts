export interface Latency {
  messages: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

/** Percentiles of a list of durations in milliseconds. */
export function summarise(times: readonly number[]): Latency {
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
