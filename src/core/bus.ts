import type { Bus } from './ports';

/** The default bus for a single process. Redis pub/sub replaces it when REDIS_URL is set. */
export class InProcessBus implements Bus {
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  async publish(topic: string, message: string): Promise<void> {
    for (const handler of [...(this.handlers.get(topic) ?? [])]) handler(message);
  }

  async subscribe(topic: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(topic);
    if (!set) {
      set = new Set();
      this.handlers.set(topic, set);
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}
