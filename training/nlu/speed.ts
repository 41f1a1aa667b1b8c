/**
 * Per-message latency of an `Nlu` over a list of texts: warm-up, then p50/p95/p99/mean in
 * milliseconds, as wall-clock time and as this process's CPU time. On a shared machine the wall
 * clock's tail mostly measures the scheduler (time spent waiting for a core); the CPU time is what
 * classification itself costs, garbage collection included.
 */
import type { Nlu } from '../../src/nlu/types';

export interface Latency {
  messages: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  cpu: { p50Ms: number; p95Ms: number; p99Ms: number };
}

/** p50/p95/p99 of a list of durations in milliseconds. */
export function quantiles(times: readonly number[]): { p50Ms: number; p95Ms: number; p99Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

export async function measureLatency(nlu: Nlu, texts: readonly string[], warmUp = 200): Promise<Latency> {
  for (const text of texts.slice(0, warmUp)) await nlu.classify(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of texts) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    await nlu.classify(text);
    const used = process.cpuUsage(cpuStarted);
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    messages: wall.length,
    ...quantiles(wall),
    meanMs: wall.reduce((a, b) => a + b, 0) / Math.max(1, wall.length),
    cpu: quantiles(cpu),
  };
}
