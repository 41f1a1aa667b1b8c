/**
 * Counts wrong ownership proofs in fixed time windows, in the shared store so every bot instance sees
 * the same counts. A window is a key of its own that expires when the window ends, which keeps reading
 * a count idempotent (increment by 0) whatever the backend does with expiry on update.
 */
import type { KvRepo } from '../../store/repositories';

export interface LimitRule {
  /** Key prefix, e.g. "verify:conv". */
  scope: string;
  maxAttempts: number;
  windowMs: number;
}

export class AttemptLimiter {
  constructor(private readonly kv: KvRepo) {}

  private window(rule: LimitRule, subject: string, now: Date): { key: string; expiresAt: string } {
    const index = Math.floor(now.getTime() / rule.windowMs);
    return {
      key: `${rule.scope}:${subject}:${index}`,
      expiresAt: new Date((index + 1) * rule.windowMs).toISOString(),
    };
  }

  async isBlocked(rule: LimitRule, subject: string, now: Date): Promise<boolean> {
    const { key, expiresAt } = this.window(rule, subject, now);
    return (await this.kv.increment(key, 0, expiresAt, now.toISOString())) >= rule.maxAttempts;
  }

  async recordFailure(rule: LimitRule, subject: string, now: Date): Promise<void> {
    const { key, expiresAt } = this.window(rule, subject, now);
    await this.kv.increment(key, 1, expiresAt, now.toISOString());
  }
}
