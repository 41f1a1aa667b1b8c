/**
 * Long computations written as generators that yield every so often, so one code path serves both a
 * CLI (run to completion at once) and the bot process (run in slices between chat turns). Yielding
 * never changes a floating-point operation: the result is the same bit for bit either way.
 */

/** Counts units of work (about one multiply-add each) and says when a step is due to end. */
export class WorkMeter {
  private done = 0;

  /** ~0.2 ms of arithmetic per step on these machines: a slice can always stop near its budget. */
  constructor(private readonly perStep = 200_000) {}

  /** Adds work; true when the caller should yield now. */
  add(units: number): boolean {
    this.done += units;
    if (this.done < this.perStep) return false;
    this.done = 0;
    return true;
  }
}

/** Runs a step generator to completion at once and returns its result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs a step generator in slices of about `sliceMs`, giving the event loop a turn (setImmediate) in
 * between, so a refit in the bot process delays a chat turn by at most about one slice.
 */
export async function runSliced<T>(steps: Generator<void, T>, sliceMs = 3): Promise<T> {
  const budget = Math.max(0.5, sliceMs);
  for (;;) {
    const start = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - start >= budget) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
