import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Nlu, NluResult } from '../nlu/types';
import type { Conversation } from '../store/entities';
import type { Store } from '../store/repositories';
import type { Clock } from './clock';
import type { HandoffReason, TurnContext } from './context';
import { ConflictError, DuplicateError, isConciergeError } from './errors';
import { linkIdentity, resolveIdentity } from './identity';
import { KeyedMutex } from './keyed-mutex';
import {
  type ConversationRef,
  conversationKey,
  type Lang,
  type Message,
  type Reply,
  replyToPlainText,
} from './message';
import type { DialogueEngine, HandoffPort, MessageHandler, TurnResult } from './ports';
import { languageFromHint } from './turn-language';

export interface BotOptions {
  store: Store;
  nlu: Nlu;
  dialogue: DialogueEngine;
  handoff: HandoffPort;
  clock: Clock;
  log: Logger;
  /** A conversation idle this long starts with fresh dialogue state (the customer is kept). */
  idleMinutes?: number;
  /** How long a delivery id is remembered for dedupe. */
  dedupeHours?: number;
  /** NLU scores below this are stored as review candidates. */
  reviewBelowScore?: number;
  /** Called after every turn (metrics). */
  onTurn?: (info: { channel: string; intent: string | undefined; ms: number; failed: boolean }) => void;
}

const APOLOGY: Record<Lang, string> = {
  en: "Sorry, something went wrong on my side. Please try that again — if it keeps happening, type 'agent' and a person will help.",
  zh: '抱歉，我这边出了点问题。请再试一次；如果问题持续，输入“人工”即可联系客服。',
};

const MAX_CONFLICT_RETRIES = 3;

/**
 * The channel-agnostic core: one fresh TurnContext per message, through the stages of DESIGN.md §1.
 * Every stage that can lose data runs before the reply leaves: the inbound message is stored before
 * anything else looks at it, and each reply is stored before it is returned to the adapter.
 */
export class Bot implements MessageHandler {
  private readonly mutex = new KeyedMutex();
  private readonly idleMs: number;
  private readonly dedupeMs: number;

  constructor(private readonly options: BotOptions) {
    this.idleMs = (options.idleMinutes ?? 60) * 60_000;
    this.dedupeMs = (options.dedupeHours ?? 72) * 3_600_000;
  }

  async handle(message: Message): Promise<TurnResult> {
    const conversationId = conversationKey(message.ref);
    const { store, clock } = this.options;
    const now = clock.now();
    // 1 dedupe: a retried delivery is acknowledged but not answered twice.
    const expires = new Date(now.getTime() + this.dedupeMs).toISOString();
    const first = await store.deliveries.claim(message.channel, message.deliveryId, expires);
    if (!first) return { conversationId, replies: [], duplicate: true };
    try {
      return await this.mutex.run(conversationId, () => this.runTurn(message, conversationId));
    } catch (error) {
      // Nothing was recorded for this delivery: let the channel's retry be processed, not dropped.
      await store.deliveries.release(message.channel, message.deliveryId).catch(() => undefined);
      throw error;
    }
  }

  private async runTurn(message: Message, conversationId: string): Promise<TurnResult> {
    const { store, clock, log } = this.options;
    const started = Date.now();
    const now = clock.now();
    // 2 identity
    const { customer, identity } = await resolveIdentity(store, message, now);
    let conversation = await this.loadConversation(conversationId, message.ref, customer.id, now);
    // 3 record, before anything else can fail
    const inbound = await store.messages.append({
      conversationId,
      direction: 'in',
      text: message.text ?? '',
      ...(message.payload ? { payload: message.payload } : {}),
      at: now.toISOString(),
    });
    await store.events.append({
      customerId: customer.id,
      conversationId,
      channel: message.channel,
      type: 'message',
      data: { kind: message.payload ? 'payload' : 'text' },
      at: now.toISOString(),
    });
    const turnLog = log.child({ conversationId, channel: message.channel, seq: inbound.seq });

    let nlu: NluResult | undefined;
    let replies: Reply[] = [];
    let failed = false;
    for (let attempt = 0; ; attempt++) {
      const ctx = this.createContext(message, now, turnLog, customer, identity, conversation, nlu);
      try {
        // 4 handoff gate: while a human owns the conversation the bot stays silent.
        const handled =
          (await this.options.handoff.relayIfOwned(ctx)) ||
          (message.payload !== undefined && (await this.options.handoff.handlePayload(ctx)));
        if (!handled) {
          // 5 nlu (buttons carry payloads and skip it)
          if (!nlu && message.text && !message.payload) nlu = await this.classify(ctx, message.text);
          ctx.nlu = nlu;
          if (nlu) ctx.lang = nlu.lang;
          // 6 + 7 dialogue and skills
          await this.options.dialogue.respond(ctx);
        }
      } catch (error) {
        failed = true;
        const code = isConciergeError(error) ? error.code : 'E_INTERNAL';
        turnLog.error({ err: error, code }, 'turn failed');
        ctx.replies.length = 0;
        ctx.reply(APOLOGY[ctx.lang]);
      }
      ctx.conversation.lang = ctx.lang;
      ctx.conversation.lastActivityAt = now.toISOString();
      try {
        conversation = await store.conversations.save(ctx.conversation);
        replies = ctx.replies;
        break;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        // Another instance wrote this conversation meanwhile: replay the turn on its state.
        turnLog.warn({ attempt }, 'conversation state conflict, retrying turn');
        const fresh = await store.conversations.get(conversationId);
        if (!fresh) throw error;
        conversation = fresh;
      }
    }
    // 8 reply: stored before the adapter sends it
    for (const reply of replies) {
      await store.messages.append({
        conversationId,
        direction: 'out',
        text: replyToPlainText(reply),
        reply,
        ...(nlu ? { intent: nlu.intent, score: nlu.score, lang: nlu.lang } : {}),
        at: clock.now().toISOString(),
      });
    }
    this.options.onTurn?.({ channel: message.channel, intent: nlu?.intent, ms: Date.now() - started, failed });
    return { conversationId, replies, duplicate: false };
  }

  private async classify(ctx: TurnContext, text: string): Promise<NluResult> {
    const hint = languageFromHint(ctx.message.localeHint) ?? ctx.conversation.lang;
    const result = await this.options.nlu.classify(text, hint ? { langHint: hint } : undefined);
    const reviewBelow = this.options.reviewBelowScore ?? 0.5;
    if (result.intent === 'None' || result.score < reviewBelow) {
      // Utterances the model was unsure about become training candidates.
      await this.options.store.notes.add({
        id: `nlu_${randomUUID()}`,
        kind: 'nlu_review',
        conversationId: ctx.conversation.id,
        customerId: ctx.customer.id,
        text,
        data: {
          lang: result.lang,
          intent: result.intent,
          score: result.score,
          alternatives: result.alternatives.slice(0, 3),
        },
        at: ctx.now.toISOString(),
      });
    }
    return result;
  }

  private async loadConversation(
    id: string,
    ref: ConversationRef,
    customerId: string,
    now: Date,
  ): Promise<Conversation> {
    const { store } = this.options;
    const existing = await store.conversations.get(id);
    if (existing) {
      const idle = now.getTime() - new Date(existing.lastActivityAt).getTime();
      const fresh = idle > this.idleMs && existing.handoff === 'bot' ? { ...existing, state: {} } : existing;
      return { ...fresh, ref: { ...fresh.ref, ...ref }, customerId: fresh.customerId ?? customerId };
    }
    const at = now.toISOString();
    const created: Conversation = {
      id,
      ref,
      customerId,
      state: {},
      handoff: 'bot',
      version: 1,
      createdAt: at,
      lastActivityAt: at,
    };
    try {
      await store.conversations.create(created);
      return created;
    } catch (error) {
      if (!(error instanceof DuplicateError)) throw error;
      const winner = await store.conversations.get(id);
      if (!winner) throw error;
      return winner;
    }
  }

  private createContext(
    message: Message,
    now: Date,
    log: Logger,
    customer: TurnContext['customer'],
    identity: TurnContext['identity'],
    conversation: Conversation,
    nlu: NluResult | undefined,
  ): TurnContext {
    const { store, handoff } = this.options;
    const lang: Lang = conversation.lang ?? customer.lang ?? languageFromHint(message.localeHint) ?? 'en';
    const ctx: TurnContext = {
      message,
      now,
      log,
      customer,
      identity,
      conversation: { ...conversation, state: structuredClone(conversation.state) },
      lang,
      nlu,
      replies: [],
      reply(reply) {
        ctx.replies.push(typeof reply === 'string' ? { text: reply } : reply);
      },
      requestHandoff: (reason: HandoffReason, detail?: string) => handoff.request(ctx, reason, detail),
      linkCustomer: async (customerId: string) => {
        const linked = await linkIdentity(store, ctx.identity, customerId);
        ctx.customer = linked.customer;
        ctx.identity = linked.identity;
        ctx.conversation.customerId = customerId;
      },
    };
    return ctx;
  }
}
