/**
 * Recording doubles for the two ends of a handoff: a channel the shopper is on, and the agent desk.
 * Every wait is on an event (a promise), never on time.
 */
import type { ChannelId, ConversationRef, Reply } from '../../src/core/message';
import type { ChannelSender } from '../../src/core/ports';
import type { AgentDesk, Handoff, HandoffSummary, ThreadRef } from '../../src/handoff';

/** A ChannelSender that records what it is asked to send and lets tests await the next send. */
export class RecordingSender implements ChannelSender {
  readonly sent: { ref: ConversationRef; replies: Reply[] }[] = [];
  private waiters: (() => void)[] = [];
  private gate: Promise<void> | undefined;
  /** Sends that have started (some may still be held by `hold`). */
  started = 0;

  constructor(readonly channel: ChannelId) {}

  /** Holds every send until the returned function is called (a slow channel). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = undefined;
      release();
    };
  }

  async send(ref: ConversationRef, replies: Reply[]): Promise<void> {
    this.started++;
    if (this.gate) await this.gate;
    this.sent.push({ ref, replies });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves once at least `count` sends have been recorded. */
  async waitFor(count: number): Promise<void> {
    while (this.sent.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  texts(): string[] {
    return this.sent.flatMap((s) => s.replies.map((r) => r.text));
  }
}

/** An AgentDesk that records calls; `failOpen` makes openThread throw (Slack down). */
export class RecordingDesk implements AgentDesk {
  readonly opened: { handoff: Handoff; summary: HandoffSummary }[] = [];
  readonly shopperMessages: { handoffId: string; text: string }[] = [];
  readonly statuses: { handoffId: string; status: Handoff['status'] }[] = [];
  readonly notices: { handoffId: string; text: string }[] = [];
  failOpen = false;
  private next = 1;

  async openThread(handoff: Handoff, summary: HandoffSummary): Promise<ThreadRef> {
    if (this.failOpen) throw new Error('desk down');
    this.opened.push({ handoff: { ...handoff }, summary });
    return { channel: 'CDESK', ts: `1700000000.${String(this.next++).padStart(6, '0')}` };
  }

  async postShopperMessage(handoff: Handoff, text: string): Promise<void> {
    this.shopperMessages.push({ handoffId: handoff.id, text });
  }

  async updateStatus(handoff: Handoff): Promise<void> {
    this.statuses.push({ handoffId: handoff.id, status: handoff.status });
  }

  async postNotice(handoff: Handoff, text: string): Promise<void> {
    this.notices.push({ handoffId: handoff.id, text });
  }
}
