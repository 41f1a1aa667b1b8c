import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { AgentDesk, Handoff, HandoffSummary, ThreadRef } from '../../src/handoff';
import { escapeMrkdwn, headerBlocks, headerFallback } from './blocks';
import { type RateLimitPolicy, withRetryAfter } from './rate-limit';

/** The agent desk in a Slack channel: one thread per handoff, header message on top. */
export class SlackDesk implements AgentDesk {
  constructor(
    private readonly deps: {
      client: webApi.WebClient;
      /** Channel id (C…) or name; the id Slack answers with is what threads are keyed by. */
      channel: string;
      log: Logger;
      rateLimit: RateLimitPolicy;
    },
  ) {}

  async openThread(_handoff: Handoff, summary: HandoffSummary): Promise<ThreadRef> {
    const res = await this.call('chat.postMessage', () =>
      this.deps.client.chat.postMessage({
        channel: this.deps.channel,
        text: headerFallback(summary),
        blocks: headerBlocks(summary),
        unfurl_links: false,
      }),
    );
    if (!res.ts || !res.channel) throw new Error('chat.postMessage returned no ts/channel');
    return { channel: res.channel, ts: res.ts };
  }

  async postShopperMessage(handoff: Handoff, text: string): Promise<void> {
    await this.inThread(handoff, `:speech_balloon: *Shopper:* ${escapeMrkdwn(text)}`);
  }

  async postNotice(handoff: Handoff, text: string): Promise<void> {
    await this.inThread(handoff, `:information_source: ${escapeMrkdwn(text)}`);
  }

  async updateStatus(handoff: Handoff, summary: HandoffSummary): Promise<void> {
    const thread = threadOf(handoff);
    await this.call('chat.update', () =>
      this.deps.client.chat.update({
        channel: thread.channel,
        ts: thread.ts,
        text: headerFallback(summary),
        blocks: headerBlocks(summary),
      }),
    );
  }

  /** A message only one agent sees (command feedback, refusals). */
  async tellAgent(channel: string, user: string, text: string, threadTs?: string): Promise<void> {
    await this.call('chat.postEphemeral', () =>
      this.deps.client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) }),
    );
  }

  private async inThread(handoff: Handoff, text: string): Promise<void> {
    const thread = threadOf(handoff);
    await this.call('chat.postMessage', () =>
      this.deps.client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, text, unfurl_links: false }),
    );
  }

  private call<T>(method: string, fn: () => Promise<T>): Promise<T> {
    return withRetryAfter(method, fn, this.deps.rateLimit, this.deps.log);
  }
}

function threadOf(handoff: Handoff): ThreadRef {
  if (!handoff.threadChannel || !handoff.threadTs) throw new Error(`handoff ${handoff.id} has no Slack thread`);
  return { channel: handoff.threadChannel, ts: handoff.threadTs };
}
