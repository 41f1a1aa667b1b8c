import type { Logger } from 'pino';
import type { Clock } from '../core/clock';
import type { Lang, QuickReply } from '../core/message';
import type { Outbound } from '../core/outbound';
import type { Conversation, Handoff } from '../store/entities';
import type { Store } from '../store/repositories';
import { syncConversationHandoff } from './conversation-sync';
import type { AgentDesk, HandoffSummary, ThreadRef } from './desk';
import type { HandoffMessages } from './follow-up';
import type { ActionResult } from './service';

interface Deps {
  store: Store;
  outbound: Outbound;
  clock: Clock;
  log: Logger;
  claimTimeoutMinutes: number;
  messages: HandoffMessages;
  desk: () => AgentDesk | undefined;
  summarize: (handoff: Handoff, conversation?: Conversation) => Promise<HandoffSummary>;
}

const CSAT_REPLIES: QuickReply[] = [1, 2, 3, 4, 5].map((n) => ({ label: `${n} ★`, payload: `csat:${n}` }));

function isClosed(handoff: Handoff): boolean {
  return handoff.status === 'resolved' || handoff.status === 'timed_out';
}

/**
 * What agents (and the timeout sweep) do to an open handoff. Every status change is a compare-and-set
 * on the Handoff record, so two agents clicking at once, or two instances sweeping, change it once.
 */
export class AgentActions {
  constructor(private readonly deps: Deps) {}

  async agentReply(thread: ThreadRef, agentId: string, text: string): Promise<ActionResult> {
    const { store, outbound } = this.deps;
    let handoff = await store.handoffs.findByThread(thread.channel, thread.ts);
    if (!handoff) return { ok: false, reason: 'not_found' };
    if (isClosed(handoff)) {
      await this.notice(handoff, 'This conversation is closed; that message was not sent to the shopper.');
      return { ok: false, reason: 'closed', handoff };
    }
    if (handoff.status === 'pending') {
      // Replying is claiming: the first agent to answer owns the conversation.
      const claimed = await this.claim(handoff.id, agentId);
      if (claimed.ok) handoff = claimed.handoff;
      else if (claimed.reason !== 'already_claimed') return claimed;
    }
    const conversation = await store.conversations.get(handoff.conversationId);
    if (!conversation) return { ok: false, reason: 'not_found', handoff };
    await outbound.send(conversation.ref, [{ text, from: 'agent' }]);
    return { ok: true, handoff };
  }

  async claim(handoffId: string, agentId: string): Promise<ActionResult> {
    const { store } = this.deps;
    const handoff = await store.handoffs.get(handoffId);
    if (!handoff) return { ok: false, reason: 'not_found' };
    if (handoff.status === 'agent') return { ok: false, reason: 'already_claimed', handoff };
    if (isClosed(handoff)) return { ok: false, reason: 'closed', handoff };
    const at = this.deps.clock.now().toISOString();
    const patch = { status: 'agent' as const, agentId, claimedAt: at, updatedAt: at };
    if (!(await store.handoffs.transition(handoff.id, 'pending', patch))) {
      const now = await store.handoffs.get(handoff.id);
      return now?.status === 'agent'
        ? { ok: false, reason: 'already_claimed', handoff: now }
        : { ok: false, reason: 'closed', ...(now ? { handoff: now } : {}) };
    }
    const claimed: Handoff = { ...handoff, ...patch };
    const conversation = await syncConversationHandoff(store, handoff.conversationId, 'agent');
    await this.event('handoff_claimed', claimed, conversation, { agentId });
    await this.refreshDesk(claimed, conversation);
    if (conversation) await this.tell(conversation, this.deps.messages.text('agentJoined', langOf(conversation)));
    return { ok: true, handoff: claimed };
  }

  async resolve(handoffId: string, agentId: string): Promise<ActionResult> {
    const { store } = this.deps;
    const at = this.deps.clock.now().toISOString();
    // Two tries: the status may move pending → agent between our read and our write.
    for (let attempt = 0; attempt < 2; attempt++) {
      const handoff = await store.handoffs.get(handoffId);
      if (!handoff) return { ok: false, reason: 'not_found' };
      if (isClosed(handoff)) return { ok: false, reason: 'closed', handoff };
      const patch = { status: 'resolved' as const, agentId: handoff.agentId ?? agentId, closedAt: at, updatedAt: at };
      if (!(await store.handoffs.transition(handoff.id, handoff.status, patch))) continue;
      const resolved: Handoff = { ...handoff, ...patch };
      const conversation = await syncConversationHandoff(store, handoff.conversationId, 'bot', {
        lastHandoffId: handoff.id,
      });
      await this.event('handoff_resolved', resolved, conversation, { agentId });
      await this.refreshDesk(resolved, conversation);
      if (conversation) {
        const text = this.deps.messages.text('resolved', langOf(conversation));
        await this.deps.outbound
          .send(conversation.ref, [{ text, quickReplies: CSAT_REPLIES }])
          .catch((e: unknown) => this.deps.log.warn({ err: e, handoffId }, 'could not ask for a rating'));
      }
      return { ok: true, handoff: resolved };
    }
    const latest = await store.handoffs.get(handoffId);
    return { ok: false, reason: 'closed', ...(latest ? { handoff: latest } : {}) };
  }

  async sweepTimeouts(now: Date): Promise<number> {
    const { store, claimTimeoutMinutes, messages, log } = this.deps;
    const cutoff = now.getTime() - claimTimeoutMinutes * 60_000;
    const due = (await store.handoffs.listOpen()).filter(
      (h) => h.status === 'pending' && Date.parse(h.createdAt) <= cutoff,
    );
    let swept = 0;
    for (const handoff of due) {
      const at = now.toISOString();
      const patch = { status: 'timed_out' as const, closedAt: at, updatedAt: at };
      // Another instance (or an agent's last-second claim) may have won: then there is nothing to do.
      if (!(await store.handoffs.transition(handoff.id, 'pending', patch))) continue;
      swept++;
      const closed: Handoff = { ...handoff, ...patch };
      const conversation = await syncConversationHandoff(store, handoff.conversationId, 'bot');
      await this.event('handoff_timed_out', closed, conversation, { minutes: claimTimeoutMinutes });
      log.info({ handoffId: handoff.id }, 'handoff timed out unclaimed');
      await this.notice(
        closed,
        `No one claimed this within ${claimTimeoutMinutes} minutes; the shopper was offered an email follow-up.`,
      );
      await this.refreshDesk(closed, conversation);
      if (conversation) {
        const lang = langOf(conversation);
        const followUp = await messages.offerEmail({
          conversation,
          lang,
          cause: 'timeout',
          reason: handoff.reason,
          handoffId: handoff.id,
        });
        await this.tell(conversation, messages.text('timedOut', lang, { followUp }));
      }
    }
    return swept;
  }

  private async tell(conversation: Conversation, text: string): Promise<void> {
    await this.deps.outbound
      .send(conversation.ref, [{ text, from: 'system' }])
      .catch((e: unknown) =>
        this.deps.log.warn({ err: e, conversationId: conversation.id }, 'could not notify shopper'),
      );
  }

  private async notice(handoff: Handoff, text: string): Promise<void> {
    await this.deps
      .desk()
      ?.postNotice(handoff, text)
      .catch((e: unknown) => this.deps.log.warn({ err: e, handoffId: handoff.id }, 'could not post desk notice'));
  }

  private async refreshDesk(handoff: Handoff, conversation: Conversation | null): Promise<void> {
    const desk = this.deps.desk();
    if (!desk || !handoff.threadTs) return;
    try {
      await desk.updateStatus(handoff, await this.deps.summarize(handoff, conversation ?? undefined));
    } catch (e) {
      this.deps.log.warn({ err: e, handoffId: handoff.id }, 'could not update the desk thread');
    }
  }

  private async event(
    type: string,
    handoff: Handoff,
    conversation: Conversation | null,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.store.events.append({
      type,
      ...(handoff.customerId ? { customerId: handoff.customerId } : {}),
      conversationId: handoff.conversationId,
      ...(conversation ? { channel: conversation.ref.channel } : {}),
      data: { handoffId: handoff.id, reason: handoff.reason, ...data },
      at: this.deps.clock.now().toISOString(),
    });
  }
}

function langOf(conversation: Conversation): Lang {
  return conversation.lang ?? 'en';
}
