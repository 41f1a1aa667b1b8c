/**
 * The contract between the dialogue engine and the skills. A skill declares the intents it answers and
 * the forms it fills; the engine owns state, slot filling, references and the policy that picks a skill.
 */
import type { CatalogService, CustomerService, OrderService, ReturnsService, ShopPolicy } from '../commerce/types';
import type { HandoffReason, TurnContext } from '../core/context';
import type { Card, QuickReply } from '../core/message';
import type { DialogueState, FormState } from '../dialogue/state';
import type { TemplateKey, TemplateParams } from '../dialogue/templates';
import type { Entity, EntityType } from '../nlu/types';
import type { EventRepo, NoteRepo } from '../store/repositories';
import type { Recommender } from './recommender';

/** Services the skills use; the server wires real ones, tests pass fakes. */
export interface SkillDeps {
  policy: ShopPolicy;
  catalog: CatalogService;
  orders: OrderService;
  returns: ReturnsService;
  customers: CustomerService;
  notes: Pick<NoteRepo, 'add' | 'list' | 'replace'>;
  recommender: Recommender;
  /** Where shopper activity in chat (a product looked at) joins the omnichannel event log. */
  events?: Pick<EventRepo, 'append'>;
}

export interface ReplyExtras {
  quickReplies?: QuickReply[];
  cards?: Card[];
}

/** One turn as a skill sees it: the context plus helpers bound to this conversation and language. */
export interface SkillTurn {
  readonly ctx: TurnContext;
  readonly state: DialogueState;
  readonly deps: SkillDeps;
  /**
   * The shopper's text as the NLU read it ('' when a button was pressed): full-width characters as
   * ASCII, Traditional Chinese as Simplified. `ctx.message.text` keeps the shopper's own words.
   */
  readonly text: string;
  /** The shopper's own words, as typed ('' when a button was pressed): for what is kept as written. */
  readonly ownWords: string;
  readonly entities: readonly Entity[];
  /** The intent the turn before answered: once a skill runs, `state.lastIntent` is this turn's own. */
  readonly previousIntent: string | undefined;
  /** Arguments carried by a payload (`product:<id>` → { productId }). */
  readonly args: Readonly<Record<string, string>>;
  entity(type: EntityType): Entity | undefined;
  t(key: TemplateKey, params?: TemplateParams): string;
  /** For keys built at run time (`category.${key}`): the template if it exists, else `fallback`. */
  tOr(key: string, fallback: string, params?: TemplateParams): string;
  say(key: TemplateKey, params?: TemplateParams, extras?: ReplyExtras): void;
  /** Starts (or, for the same form, continues) a form; the engine asks for the first missing slot. */
  startForm(name: string, values?: Record<string, string>, data?: Record<string, unknown>): Promise<void>;
  /** Quick reply labelled from a template. */
  quick(key: TemplateKey, payload: string, params?: TemplateParams): QuickReply;
}

export interface Skill {
  readonly name: string;
  /** Intents this skill answers; a trailing `.*` matches a family (`account.*`). */
  readonly intents: readonly string[];
  readonly forms?: readonly FormSpec[];
  /**
   * Intents whose answer offers a person itself (a complaint, a fault, payment trouble): a frustrated
   * turn then gets no second offer, which in one turn reads like a script.
   */
  readonly offersPerson?: readonly string[];
  handle(turn: SkillTurn, intent: string): Promise<void>;
  /**
   * A message the classifier could not place may still be this skill's, given the conversation: an
   * order number on its own, "what is it made of?" right after a product. Returns the intent to run.
   */
  claim?(turn: SkillTurn): string | undefined;
  /**
   * A message that is unmistakably this skill's whatever the classifier made of it, such as a bare
   * "the second one" under several cards. Asked before the classifier's intent counts, outside forms
   * (a form's own question gets its answer first). Returns the intent to run.
   */
  preempt?(turn: SkillTurn): string | undefined;
}

/** What a slot extractor sees. */
export interface SlotInput {
  text: string;
  entities: readonly Entity[];
  /** True when this slot is the one the bot just asked for. */
  asked: boolean;
  /** True when free text may be taken as the answer (asked, and not a confident other question). */
  freeText: boolean;
  form: FormState;
  turn: SkillTurn;
}

export type SlotCheck =
  | { ok: true; value: string }
  /** Re-ask with this hint; counts as a failed try. */
  | { ok: false; hint: TemplateKey; params?: TemplateParams }
  /** The validator already explained; drop the form. */
  | { ok: 'abort' };

/** Before asking: fill the slot without asking, ask, or stop the form (the hook has explained). */
export type SlotResolution = { fill: string } | 'ask' | 'abort';

export interface SlotSpec {
  name: string;
  /** Template asked when the slot is missing. */
  prompt: TemplateKey;
  /** Default hint after a value that did not extract at all. */
  hint: TemplateKey;
  /**
   * Said instead of the hint when the shopper says they do not know the answer ("I don't know my
   * order number"): where to find it, with a person offered. It does not count as a failed try.
   */
  unknownHint?: TemplateKey;
  extract(input: SlotInput): string | undefined;
  validate?(turn: SkillTurn, value: string, form: FormState): Promise<SlotCheck>;
  resolve?(turn: SkillTurn, form: FormState): Promise<SlotResolution>;
  /** Choices offered with the prompt. */
  choices?(turn: SkillTurn, form: FormState): Promise<QuickReply[]> | QuickReply[];
  promptParams?(turn: SkillTurn, form: FormState): TemplateParams;
  /** Handoff reason offered when the shopper gives up on this slot. */
  giveUpReason?: HandoffReason;
  /**
   * The question is itself about cancelling ("Shall I cancel it?"), so "cancel" or "取消", which
   * otherwise abandon a form, are offered to `extract` as an answer first.
   */
  answersCancelWords?: boolean;
  /**
   * The question asks for the shopper's own words ("why are you returning it?"), so a statement
   * answers it whatever intent the classifier reads into it ("poor quality" is a complaint, "it's
   * itchy" a product question). Questions and a few requests (a person, tracking) still digress, and
   * a statement `extract` takes nothing from ("the scarf") gets the hint instead of a digression.
   */
  answeredByStatements?: boolean;
}

export interface FormSpec {
  name: string;
  slots: readonly SlotSpec[];
  /** Runs once every slot is filled; the form is already cleared, so it may start another. */
  submit(turn: SkillTurn, form: FormState): Promise<void>;
}
