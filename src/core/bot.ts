import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { requestedLanguage } from '../nlu/language-request';
import { isAcknowledgement, isDecline } from '../nlu/short-replies';
import type { Nlu, NluResult } from '../nlu/types';
import type { Conversation } from '../store/entities';
import type { Store } from '../store/repositories';
import type { Clock } from './clock';
import type { HandoffReason, Middleware, TurnContext } from './context';
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
import { compose } from './pipeline';
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
  /** Extra stages between NLU and the dialogue (e.g. consent prompts); each may stop the turn. */
  middleware?: Middleware<TurnContext>[];
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
  /** Stages 4–7 of one turn, as `(ctx, next)` middleware; BotOptions.middleware runs after NLU. */
  private readonly stages: Middleware<TurnContext>;
  private readonly idleMs: number;
  private readonly dedupeMs: number;

  constructor(private readonly options: BotOptions) {
    this.idleMs = (options.idleMinutes ?? 60) * 60_000;
    this.dedupeMs = (options.dedupeHours ?? 72) * 3_600_000;
    this.stages = compose<TurnContext>([
      this.handoffGate,
      this.understand,
      ...(options.middleware ?? []),
      async (ctx) => options.dialogue.respond(ctx),
    ]);
  }

  /** 4: while a human owns the conversation the bot stays silent; ratings after a handoff end here. */
  private readonly handoffGate: Middleware<TurnContext> = async (ctx, next) => {
    const { handoff } = this.options;
    if (await handoff.relayIfOwned(ctx)) return;
    if (ctx.message.payload !== undefined && (await handoff.handlePayload(ctx))) return;
    await next();
  };

  /** 5: language, intent and entities; buttons carry payloads and skip it. A replayed turn reuses it. */
  private readonly understand: Middleware<TurnContext> = async (ctx, next) => {
    const { text, payload } = ctx.message;
    if (!ctx.nlu && text && !payload) ctx.nlu = await this.classify(ctx, text);
    const asked = text && !payload ? requestedLanguage(text) : undefined;
    if (asked) ctx.conversation.replyLang = asked;
    if (ctx.nlu) ctx.lang = ctx.conversation.replyLang ?? ctx.nlu.lang;
    await next();
  };

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
        await this.stages(ctx, async () => undefined);
        nlu = ctx.nlu;
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
    // What shoppers ask about (delivery, prices, returns) feeds the propensity model's features.
    await this.options.store.events.append({
      customerId: ctx.customer.id,
      conversationId: ctx.conversation.id,
      channel: ctx.message.channel,
      type: 'chat_intent',
      data: { intent: result.intent, score: Number(result.score.toFixed(3)), lang: result.lang },
      at: ctx.now.toISOString(),
    });
    const reviewBelow = this.options.reviewBelowScore ?? 0.5;
    const unsure = result.intent === 'None' || result.score < reviewBelow;
    const shortReply = isAcknowledgement(result.text) || isDecline(result.text);
    if (unsure && !onlyEntities(text, result) && !shortReply) {
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
    const lang: Lang =
      conversation.replyLang ?? conversation.lang ?? customer.lang ?? languageFromHint(message.localeHint) ?? 'en';
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

/**
 * True when a message is nothing but entity values (an email, an order number answering a question):
 * not a misunderstanding to review, and personal data that has no place in a labelling sheet.
 */
function onlyEntities(text: string, result: NluResult): boolean {
  let rest = text;
  for (const entity of [...result.entities].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, entity.start) + rest.slice(entity.end);
  }
  return rest.replace(/[^\p{L}]/gu, '').length < 2;
}
