import type { Logger } from 'pino';
import { isWithinContactHours } from '../commerce/policy/contact-hours';
import type { ShopPolicy } from '../commerce/types';
import type { Clock } from '../core/clock';
import type { HandoffReason, TurnContext } from '../core/context';
import { DuplicateError } from '../core/errors';
import type { Outbound } from '../core/outbound';
import type { HandoffPort } from '../core/ports';
import type { Conversation, Handoff, Note } from '../store/entities';
import { readableId } from '../store/record-ids';
import type { Store } from '../store/repositories';
import { claimConversationForHandoff, syncConversationHandoff } from './conversation-sync';
import type { AgentDesk, HandoffSummary, PropensityScorer, ThreadRef } from './desk';
import { HandoffMessages } from './follow-up';
import { AgentActions } from './lifecycle';
import { buildSummary } from './summary';
import { DEFAULT_TEMPLATES, type HandoffTemplates } from './templates';

export interface HandoffServiceDeps {
  store: Store;
  outbound: Outbound;
  /** May be attached later (attachDesk): the Slack adapter needs the service before it has a desk. */
  desk?: AgentDesk;
  clock: Clock;
  log: Logger;
  policy: ShopPolicy;
  claimTimeoutMinutes: number;
  templates?: Partial<HandoffTemplates>;
  scorer?: PropensityScorer;
}

export type ActionResult =
  | { ok: true; handoff: Handoff }
  | { ok: false; reason: 'not_found' | 'closed' | 'already_claimed'; handoff?: Handoff };

const CSAT_PAYLOAD = /^csat:([1-5])$/;
/** How long after a handoff closes its rating question is still answered as a rating of the agent. */
const CSAT_WINDOW_MS = 60 * 60_000;

/**
 * Brings the turn's conversation in line with a copy we just stored. When that write was the very
 * next version after the turn's copy, nothing else changed in between, so the turn may take the new
 * version and its own later save still succeeds. Otherwise only the handoff field is mirrored and the
 * turn's save reports the conflict, as it should.
 */
function adoptStored(ctx: TurnContext, stored: Conversation | null): void {
  if (!stored || stored.id !== ctx.conversation.id) return;
  if (stored.version === ctx.conversation.version + 1) {
    ctx.conversation = { ...ctx.conversation, handoff: stored.handoff, version: stored.version };
  } else {
    ctx.conversation.handoff = stored.handoff;
  }
}

/**
 * The handoff state machine: a conversation goes bot → pending (waiting for an agent) → agent (an agent
 * claimed it) → bot (resolved or timed out). The Handoff record holds the lifecycle; the conversation's
 * `handoff` field mirrors it so the pipeline can check ownership without another read.
 */
export class HandoffService implements HandoffPort {
  private desk: AgentDesk | undefined;
  private readonly messages: HandoffMessages;
  private readonly actions: AgentActions;

  constructor(private readonly deps: HandoffServiceDeps) {
    this.desk = deps.desk;
    const templates = { ...DEFAULT_TEMPLATES, ...deps.templates };
    this.messages = new HandoffMessages({ store: deps.store, clock: deps.clock, policy: deps.policy, templates });
    this.actions = new AgentActions({
      ...deps,
      messages: this.messages,
      desk: () => this.desk,
      summarize: (h, c) => this.summarize(h, c),
    });
  }

  attachDesk(desk: AgentDesk): void {
    this.desk = desk;
  }

  // ---- shopper side (called by the pipeline, inside a turn) ----

  async request(ctx: TurnContext, reason: HandoffReason, detail?: string): Promise<void> {
    const { store, clock, log, policy } = this.deps;
    if (ctx.conversation.handoff !== 'bot') return; // already with (or waiting for) a human
    const now = clock.now();
    const desk = this.desk;
    if (!desk || !isWithinContactHours(policy, now)) {
      const cause = desk ? 'out_of_hours' : 'desk_unavailable';
      const followUp = await this.messages.offerEmail({
        conversation: ctx.conversation,
        lang: ctx.lang,
        cause,
        reason,
        detail,
      });
      ctx.reply(this.messages.text(desk ? 'outOfHours' : 'deskUnavailable', ctx.lang, { followUp }));
      await this.event('handoff_deferred', ctx.conversation, { reason, cause });
      return;
    }

    const won = await claimConversationForHandoff(store, ctx.conversation);
    if (!won) {
      ctx.conversation.handoff = 'pending'; // another trigger won the race; it does the rest
      return;
    }
    adoptStored(ctx, won);

    const at = now.toISOString();
    const handoff: Handoff = {
      id: readableId('H'),
      conversationId: won.id,
      ...(won.customerId ? { customerId: won.customerId } : {}),
      status: 'pending',
      reason,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await store.handoffs.create(handoff);
    } catch (e) {
      // The store allows one open handoff per conversation; one already exists (the conversation's
      // mirror had drifted back to 'bot'). It stays the handoff in charge; now the mirror agrees again.
      if (e instanceof DuplicateError) return;
      throw e;
    }
    await this.event('handoff_started', won, { handoffId: handoff.id, reason, ...(detail ? { detail } : {}) });
    log.info({ handoffId: handoff.id, conversationId: won.id, reason }, 'handoff started');

    try {
      const thread = await desk.openThread(handoff, await this.summarize(handoff, won, detail));
      await this.recordThread(handoff, thread);
      ctx.reply(this.messages.text('connecting', ctx.lang));
    } catch (e) {
      log.error({ err: e, handoffId: handoff.id }, 'agent desk unavailable; offering email follow-up');
      await store.handoffs.transition(handoff.id, 'pending', { status: 'timed_out', closedAt: at, updatedAt: at });
      adoptStored(ctx, await syncConversationHandoff(store, won.id, 'bot'));
      const followUp = await this.messages.offerEmail({
        conversation: won,
        lang: ctx.lang,
        cause: 'desk_unavailable',
        reason,
        detail,
        handoffId: handoff.id,
      });
      ctx.reply(this.messages.text('deskUnavailable', ctx.lang, { followUp }));
    }
  }

  async relayIfOwned(ctx: TurnContext): Promise<boolean> {
    if (ctx.conversation.handoff === 'bot') return false;
    const { store, clock, log } = this.deps;
    const handoff = await store.handoffs.findOpenByConversation(ctx.conversation.id);
    if (!handoff) {
      // The mirror drifted (e.g. a crash between two writes): the Handoff record is the truth.
      adoptStored(ctx, await syncConversationHandoff(store, ctx.conversation.id, 'bot'));
      return false;
    }
    const text = ctx.message.text ?? ctx.message.payload ?? '';
    if (this.desk && text) {
      await this.desk.postShopperMessage(handoff, text).catch((e: unknown) => {
        log.error({ err: e, handoffId: handoff.id }, 'could not relay shopper message to the agent desk');
      });
    }
    if (handoff.status === 'pending') {
      const now = clock.now();
      const expires = new Date(Date.parse(handoff.createdAt) + 24 * 3600_000).toISOString();
      const seen = await store.kv.increment(`handoff-waiting:${handoff.id}`, 1, expires, now.toISOString());
      if (seen === 1) ctx.reply({ text: this.messages.text('waiting', ctx.lang), from: 'system' });
    }
    return true;
  }

  /** Handles a pressed `csat:N` quick reply; true when the message was one (the bot says thanks). */
  handlePayload(ctx: TurnContext): Promise<boolean> {
    return this.handleCsatPayload(ctx);
  }

  /**
   * A rating belongs to the handoff layer when it answers the question asked after a handoff closed
   * (recently, within an hour); any other rating (the bot's own "was I helpful?") goes on to the
   * dialogue, which keeps it as a rating of the bot.
   */
  async handleCsatPayload(ctx: TurnContext): Promise<boolean> {
    const match = CSAT_PAYLOAD.exec(ctx.message.payload ?? '');
    const handoffId = ctx.conversation.state.lastHandoffId;
    if (!match || typeof handoffId !== 'string') return false;
    const handoff = await this.deps.store.handoffs.get(handoffId);
    const closedAt = handoff?.closedAt ? Date.parse(handoff.closedAt) : Number.NEGATIVE_INFINITY;
    if (handoff?.status !== 'resolved' || ctx.now.getTime() - closedAt > CSAT_WINDOW_MS) return false;
    // A second press of the same question is thanked again but counted once.
    await this.handleCsat(ctx.conversation.id, Number(match[1]));
    ctx.reply(this.messages.text('csatThanks', ctx.lang));
    return true;
  }

  /** Stores the shopper's 1–5 rating of the last resolved handoff, once. */
  async handleCsat(conversationId: string, score: number): Promise<boolean> {
    const { store, clock } = this.deps;
    if (!Number.isInteger(score) || score < 1 || score > 5) return false;
    const conversation = await store.conversations.get(conversationId);
    const handoffId = conversation?.state.lastHandoffId;
    if (!conversation || typeof handoffId !== 'string') return false;
    const handoff = await store.handoffs.get(handoffId);
    if (handoff?.status !== 'resolved' || handoff.csat !== undefined) return false;
    const at = clock.now().toISOString();
    // Compare-and-set on the same status keeps a concurrent double press from counting twice.
    const stored = await store.handoffs.transition(handoff.id, 'resolved', {
      status: 'resolved',
      csat: score,
      updatedAt: at,
    });
    if (!stored) return false;
    await store.notes.add({
      id: readableId('N'),
      kind: 'csat',
      conversationId,
      ...(handoff.customerId ? { customerId: handoff.customerId } : {}),
      text: String(score),
      data: { handoffId: handoff.id, score, ...(handoff.agentId ? { agentId: handoff.agentId } : {}) },
      at,
    });
    await this.event('csat', conversation, { handoffId: handoff.id, score });
    return true;
  }

  // ---- agent side (called by the desk adapter) ----

  agentReply(thread: ThreadRef, agentId: string, text: string): Promise<ActionResult> {
    return this.actions.agentReply(thread, agentId, text);
  }

  claim(handoffId: string, agentId: string): Promise<ActionResult> {
    return this.actions.claim(handoffId, agentId);
  }

  resolve(handoffId: string, agentId: string): Promise<ActionResult> {
    return this.actions.resolve(handoffId, agentId);
  }

  /** Pending handoffs older than the claim timeout go back to the bot with an email offer. */
  sweepTimeouts(now: Date = this.deps.clock.now()): Promise<number> {
    return this.actions.sweepTimeouts(now);
  }

  findByThread(thread: ThreadRef): Promise<Handoff | null> {
    return this.deps.store.handoffs.findByThread(thread.channel, thread.ts);
  }

  /** An internal note for the team; stored, never sent to the shopper. */
  async addNote(handoffId: string, agentId: string, text: string): Promise<Note | null> {
    const handoff = await this.deps.store.handoffs.get(handoffId);
    if (!handoff) return null;
    const note: Note = {
      id: readableId('N'),
      kind: 'agent_note',
      conversationId: handoff.conversationId,
      ...(handoff.customerId ? { customerId: handoff.customerId } : {}),
      text,
      data: { handoffId, agentId },
      at: this.deps.clock.now().toISOString(),
    };
    await this.deps.store.notes.add(note);
    return note;
  }

  listOpen(): Promise<Handoff[]> {
    return this.deps.store.handoffs.listOpen();
  }

  async summarize(handoff: Handoff, conversation?: Conversation, detail?: string): Promise<HandoffSummary> {
    const conv = conversation ?? (await this.deps.store.conversations.get(handoff.conversationId));
    if (!conv) throw new Error(`conversation ${handoff.conversationId} of handoff ${handoff.id} is gone`);
    return buildSummary({ store: this.deps.store, scorer: this.deps.scorer }, handoff, conv, detail);
  }

  private async recordThread(handoff: Handoff, thread: ThreadRef): Promise<void> {
    const patch = {
      threadChannel: thread.channel,
      threadTs: thread.ts,
      updatedAt: this.deps.clock.now().toISOString(),
    };
    // Same-status compare-and-set: never resurrects a handoff that was closed meanwhile.
    const ok = await this.deps.store.handoffs.transition(handoff.id, 'pending', { status: 'pending', ...patch });
    if (!ok) await this.deps.store.handoffs.transition(handoff.id, 'agent', { status: 'agent', ...patch });
    Object.assign(handoff, patch);
  }

  private async event(type: string, conversation: Conversation, data: Record<string, unknown>): Promise<void> {
    await this.deps.store.events.append({
      type,
      ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
      conversationId: conversation.id,
      channel: conversation.ref.channel,
      data,
      at: this.deps.clock.now().toISOString(),
    });
  }
}
