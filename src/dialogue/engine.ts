/**
 * The context manager: reads the conversation state, applies the policy — payloads, then forms (slot
 * answers), then digressions, then intent → skill, then fallback — and writes the state back for the
 * Bot to save with optimistic concurrency.
 */
import { HANDOFF_REASONS, type HandoffReason, type TurnContext } from '../core/context';
import type { DialogueEngine } from '../core/ports';
import { isAcknowledgement, isDecline, movesOn, readYesNo } from '../nlu/short-replies';
import { defaultSkills } from '../skills';
import { CatalogRecommender, type Recommender } from '../skills/recommender';
import type { Skill, SkillDeps, SkillTurn } from '../skills/types';
import { FormRunner } from './forms';
import { type Payload, parsePayload, payloads } from './payload';
import { ABANDON_INTENTS, isAbandonPhrase, isFrustrated, isHypothetical } from './phrases';
import { SkillRegistry } from './registry';
import { type DialogueState, readState, writeState } from './state';
import { Templates } from './templates';
import { makeSkillTurn } from './turn';

export interface DialogueOptions extends Omit<SkillDeps, 'recommender'> {
  /** Defaults to recommendations from the catalog alone. */
  recommender?: Recommender;
  /** Defaults to intents/templates/{en,zh}.json. */
  templates?: Templates;
  /** Defaults to every built-in skill; pass more to extend. */
  skills?: readonly Skill[];
  /** Consecutive misunderstandings before a person is brought in. */
  misunderstandingLimit?: number;
  /** Bad answers to one question before a form gives up. */
  maxSlotTries?: number;
  /** A form untouched this long is forgotten (the shopper moved on). */
  formIdleMinutes?: number;
}

export class ConciergeDialogue implements DialogueEngine {
  private readonly deps: SkillDeps;
  private readonly templates: Templates;
  private readonly registry: SkillRegistry;
  private readonly forms: FormRunner;
  private readonly misunderstandingLimit: number;
  private readonly formIdleMs: number;
  private readonly skills: readonly Skill[];
  /** Turns whose skill started or continued a form (so the engine does not re-ask on top of it). */
  private readonly formsStarted = new WeakSet<SkillTurn>();

  constructor(options: DialogueOptions) {
    this.deps = {
      policy: options.policy,
      catalog: options.catalog,
      orders: options.orders,
      returns: options.returns,
      customers: options.customers,
      notes: options.notes,
      recommender: options.recommender ?? new CatalogRecommender(options.catalog),
      ...(options.events ? { events: options.events } : {}),
    };
    this.templates = options.templates ?? new Templates();
    this.skills = options.skills ?? defaultSkills();
    this.registry = new SkillRegistry(this.skills);
    this.forms = new FormRunner(this.registry, options.maxSlotTries ?? 3);
    this.misunderstandingLimit = options.misunderstandingLimit ?? 3;
    this.formIdleMs = (options.formIdleMinutes ?? 30) * 60_000;
  }

  async respond(ctx: TurnContext): Promise<void> {
    const state = readState(ctx.conversation.state);
    state.turn += 1;
    if (state.form && ctx.now.getTime() - new Date(state.form.updatedAt).getTime() > this.formIdleMs) {
      delete state.form;
    }
    // A yes/no question stands for one turn only.
    const offered = state.yesNo;
    delete state.yesNo;
    const turn = this.turn(ctx, state, {});
    const payload = ctx.message.payload ?? this.typedYesNo(turn, offered);
    if (payload !== undefined) await this.onPayload(turn, parsePayload(payload));
    else await this.onText(turn);
    ctx.conversation.state = writeState(state);
  }

  /**
   * "Yes please" or "不用了" typed right after a yes/no question asked with buttons: the button it
   * means. Read alone, "yes" is an acknowledgement and "no thanks" a decline, and the choice is lost.
   */
  private typedYesNo(turn: SkillTurn, offered: DialogueState['yesNo']): string | undefined {
    if (!offered || offered.turn !== turn.state.turn - 1 || turn.state.form) return undefined;
    // "Ok thanks, also can I change my email?" is a new request, not a yes to the person offered.
    if (movesOn(turn.text)) return undefined;
    const answer = readYesNo(turn.text);
    return answer === undefined ? undefined : offered[answer];
  }

  private turn(ctx: TurnContext, state: DialogueState, args: Record<string, string>): SkillTurn {
    const turn: SkillTurn = makeSkillTurn({
      ctx,
      state,
      deps: this.deps,
      templates: this.templates,
      args,
      startForm: (name, values = {}, data = {}) => {
        this.formsStarted.add(turn);
        return this.forms.start(turn, name, values, data);
      },
    });
    return turn;
  }

  private async onText(turn: SkillTurn): Promise<void> {
    const { ctx, state } = turn;
    const { intent, preempted } = this.intentOf(turn);
    // A skill that preempted the message has read it in context ("no thanks" to its own question).
    if (!state.form && !preempted && isDecline(turn.text)) return this.decline(turn);
    // "Cancel it" may mean the order just discussed (a skill preempts it) or answer "shall I cancel
    // it?"; otherwise it abandons what is in progress.
    const cancelsSomething = preempted || this.forms.takesCancelWords(turn);
    if ((isAbandonPhrase(turn.text) && !cancelsSomething) || ABANDON_INTENTS.has(intent)) return this.abandon(turn);
    // A statement answering a question that asks for the shopper's own words ("why are you
    // returning it?"), whatever the classifier reads into it.
    const statement = this.forms.takesStatement(turn, intent);
    // "If I don't like it, can I send it back?" scores as negative; the dislike is only imagined.
    if (isFrustrated(ctx.nlu, ctx.lang, { sentiment: !statement && !isHypothetical(turn.text) })) {
      state.frustration += 1;
      if (state.frustration >= 2) {
        delete state.form;
        state.frustration = 0;
        turn.say('frustration.handoff');
        return ctx.requestHandoff('frustration');
      }
      // The skill says which of its answers offer a person themselves (`Skill.offersPerson`).
      if (!this.registry.skillFor(intent)?.offersPerson?.includes(intent)) {
        turn.say(
          'frustration.offer',
          {},
          { quickReplies: [turn.quick('menu.agent', payloads.handoff('frustration'))] },
        );
      }
    } else {
      state.frustration = 0;
    }
    const form = state.form;
    if (form) {
      // Forms first: a message that answers a slot is an answer, whatever else it resembles.
      // Free text answers the question only when the message is not a clear question of its own
      // (to the classifier, or to a skill reading it in context: "do you gift wrap?" mid-return),
      // or when it is a statement answering a question that asks for the shopper's own words.
      const digression = this.preemptOf(turn);
      const own = statement || (!digression && (intent === 'None' || intent === form.name));
      if (await this.forms.absorb(turn, { freeText: own })) {
        state.misunderstandings = 0;
        return;
      }
      // "I forgot my order number" is an answer to the question, not a new request about orders;
      // "the scarf" to "why are you returning the scarf?" is no answer, and no product question.
      if (this.forms.cannotAnswer(turn) || statement) return this.forms.reject(turn);
      const asked = digression ?? intent;
      if (asked !== 'None' && this.registry.skillFor(asked)) return this.dispatch(turn, asked);
      return this.forms.reject(turn);
    }
    if (isAcknowledgement(turn.text) && !preempted) return this.acknowledge(turn);
    if (intent === 'None' || !this.registry.skillFor(intent)) return this.fallback(turn);
    return this.dispatch(turn, intent);
  }

  /**
   * The classifier's intent, unless a skill preempts it from context; when the classifier has none, a
   * skill may claim the message from context.
   */
  private intentOf(turn: SkillTurn): { intent: string; preempted: boolean } {
    const intent = turn.ctx.nlu?.intent ?? 'None';
    // In a form the message may answer its question; skills read it only once it does not.
    if (turn.state.form) return { intent, preempted: false };
    const preempted = this.preemptOf(turn);
    if (preempted) return { intent: preempted, preempted: true };
    if (intent !== 'None') return { intent, preempted: false };
    for (const skill of this.skills) {
      const claimed = skill.claim?.(turn);
      if (claimed) return { intent: claimed, preempted: false };
    }
    return { intent, preempted: false };
  }

  /** The first skill's reading of the message in context, overriding the classifier's. */
  private preemptOf(turn: SkillTurn): string | undefined {
    for (const skill of this.skills) {
      const preempted = skill.preempt?.(turn);
      if (preempted) return preempted;
    }
    return undefined;
  }

  private async onPayload(turn: SkillTurn, payload: Payload | undefined): Promise<void> {
    const { ctx, state } = turn;
    const form = state.form;
    const fill = async (slot: string, value: string, orElse: () => Promise<void>): Promise<void> => {
      const spec = form && this.forms.spec(form);
      if (spec?.slots.some((s) => s.name === slot)) {
        await this.forms.absorb(turn, { freeText: false, given: { [slot]: value } });
        return;
      }
      return orElse();
    };
    const stale = async () => turn.say('payload.stale', {}, { quickReplies: this.menu(turn) });
    switch (payload?.kind) {
      case undefined:
        return this.fallback(turn);
      case 'cmd':
        if (payload.command === 'cancel') return this.abandon(turn);
        if (payload.command === 'start') delete state.form;
        return this.dispatch(turn, { start: 'cmd.start', stop: 'marketing.optout', help: 'help' }[payload.command]);
      case 'intent':
        return this.registry.skillFor(payload.intent) ? this.dispatch(turn, payload.intent) : stale();
      case 'slot':
        return fill(payload.slot, payload.value, stale);
      case 'order':
        return fill('order_number', payload.orderId, () =>
          this.dispatch(this.turn(ctx, state, { orderId: payload.orderId }), 'order.track'),
        );
      case 'return-item':
        return fill('item', payload.sku, stale);
      case 'product':
        return this.dispatch(this.turn(ctx, state, { productId: payload.productId }), 'product.info');
      case 'more-like':
        return this.dispatch(this.turn(ctx, state, { seedProductId: payload.productId }), 'product.recommend');
      case 'csat':
        return this.dispatch(this.turn(ctx, state, { score: String(payload.score) }), 'feedback.csat');
      case 'consent':
        return this.dispatch(this.turn(ctx, state, { optedIn: payload.optedIn ? 'yes' : 'no' }), 'marketing.consent');
      case 'handoff': {
        const reason = (HANDOFF_REASONS as readonly string[]).includes(payload.reason)
          ? (payload.reason as HandoffReason)
          : 'shopper_request';
        delete state.form;
        return ctx.requestHandoff(reason);
      }
    }
  }

  /** Runs a skill. If a form was in progress and the skill did not replace it, the form resumes. */
  private async dispatch(turn: SkillTurn, intent: string): Promise<void> {
    const skill = this.registry.skillFor(intent);
    if (!skill) return this.fallback(turn);
    const { state } = turn;
    const before = state.form;
    state.misunderstandings = 0;
    state.lastIntent = intent;
    await skill.handle(turn, intent);
    if (before && state.form === before && !this.formsStarted.has(turn)) await this.forms.resume(turn);
  }

  private async abandon(turn: SkillTurn): Promise<void> {
    if (!turn.state.form) return turn.say('cancel.nothing', {}, { quickReplies: this.menu(turn) });
    delete turn.state.form;
    turn.say('form.cancelled', {}, { quickReplies: this.menu(turn) });
  }

  /** An acknowledgement is not a misunderstanding: the bot offers more help and counts nothing. */
  private acknowledge(turn: SkillTurn): void {
    turn.state.misunderstandings = 0;
    turn.say('ack', {}, { quickReplies: this.menu(turn) });
  }

  /** "No thanks" with nothing in progress: the shopper is done, so the bot steps back. */
  private decline(turn: SkillTurn): void {
    turn.state.misunderstandings = 0;
    turn.say('decline');
  }

  private async fallback(turn: SkillTurn): Promise<void> {
    const { state, ctx } = turn;
    // "What's the weather like?" was understood: it is not the shop's business, which is said as such,
    // and it is no misunderstanding on the way to a handoff.
    if (ctx.nlu?.offTopic) {
      turn.say('fallback.off_topic', { shop: turn.deps.policy.shopName }, { quickReplies: this.menu(turn) });
      return;
    }
    state.misunderstandings += 1;
    if (state.misunderstandings >= this.misunderstandingLimit) {
      state.misunderstandings = 0;
      turn.say('fallback.handoff');
      return ctx.requestHandoff('repeated_misunderstanding');
    }
    turn.say('fallback', {}, { quickReplies: this.menu(turn) });
  }

  /** The main menu, offered after a fallback or a cancelled form. */
  private menu(turn: SkillTurn) {
    return [
      turn.quick('menu.track', payloads.intent('order.track')),
      turn.quick('menu.return', payloads.intent('return.request')),
      turn.quick('menu.products', payloads.intent('product.search')),
      turn.quick('menu.agent', payloads.intent('agent.request')),
    ];
  }
}
