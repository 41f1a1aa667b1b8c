import type { Message } from './message';
import type { MessageHandler, TurnResult } from './ports';

/**
 * Counts turns in progress so a graceful shutdown can wait for them to finish before closing the store.
 */
export class InFlightTurns implements MessageHandler {
  private count = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly inner: MessageHandler) {}

  async handle(message: Message): Promise<TurnResult> {
    this.count++;
    try {
      return await this.inner.handle(message);
    } finally {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  get active(): number {
    return this.count;
  }

  /** Resolves when no turn is running. */
  idle(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
