/**
 * Tracks turns that run after the HTTP request was acknowledged, so `stop()` can wait for them and
 * tests can await quiescence instead of sleeping.
 */
export class TurnTracker {
  private readonly running = new Set<Promise<void>>();

  /** Runs `work` in the background; its failure goes to `onError`, never to an unhandled rejection. */
  run(work: () => Promise<void>, onError: (err: unknown) => void): void {
    const p = work()
      .catch(onError)
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when every turn started so far (and any they started) has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** A bounded set of recently seen ids (oldest evicted first): a cheap in-process retry guard. */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 5000) {}

  /** True if the id was new (and is now remembered); false if it was seen recently. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }

  /** Forgets an id whose processing failed, so the channel's redelivery is processed. */
  delete(id: string): void {
    this.ids.delete(id);
  }
}
