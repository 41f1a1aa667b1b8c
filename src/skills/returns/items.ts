/** Choosing what to return: only eligible items are offered; an ineligible pick is refused with its reason. */
import type { ItemEligibility } from '../../commerce/types';
import type { Lang } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { ordinalFrom } from '../../dialogue/references';
import type { FormState } from '../../dialogue/state';
import type { TemplateKey } from '../../dialogue/templates';
import type { Entity } from '../../nlu/types';
import type { Order } from '../../store/entities';
import { formatDate, itemLabel, list } from '../format';
import { formOrder, openingKinds, openingWords } from '../orders/verification';
import { textWithoutEntities } from '../products/query';
import type { SkillTurn, SlotCheck, SlotSpec } from '../types';

export const INELIGIBLE_KEYS: Record<NonNullable<ItemEligibility['reason']>, TemplateKey> = {
  not_delivered: 'return.why.not_delivered',
  window_closed: 'return.why.window_closed',
  final_sale: 'return.why.final_sale',
  already_returned: 'return.why.already_returned',
};

interface ItemChoice {
  sku: string;
  label: string;
  names: string[];
  /** The size ordered, for "a 39 instead": which way it was off. */
  size?: string;
  /** The product's category, so "the dress" / "裙子" picks the one dress in the order. */
  category?: string;
  reason?: ItemEligibility['reason'];
}

function choices(form: FormState, key: 'eligible' | 'ineligible'): ItemChoice[] {
  const raw = form.data[key];
  return Array.isArray(raw) ? (raw as ItemChoice[]) : [];
}

async function describe(turn: SkillTurn, order: Order, eligibility: ItemEligibility[]): Promise<ItemChoice[]> {
  const lang = turn.ctx.lang;
  const described: ItemChoice[] = [];
  for (const e of eligibility) {
    const item = order.items.find((i) => i.sku === e.sku);
    if (!item) continue;
    const category = (await turn.deps.catalog.get(item.productId))?.category;
    const choice: ItemChoice = {
      sku: e.sku,
      label: itemLabel(item, lang, (c) => turn.tOr(`colour.${c}`, c)),
      names: [item.name.en, item.name.zh],
      ...(item.size !== undefined && { size: item.size }),
      ...(category !== undefined && { category }),
    };
    if (!e.eligible) choice.reason = e.reason ?? 'window_closed';
    described.push(choice);
  }
  return described;
}

/** The one item of a kind named ("the dress", "裙子"), when its name does not say so. */
function itemOfKind(kinds: readonly string[], items: readonly ItemChoice[]): ItemChoice | undefined {
  const matching = items.filter((c) => c.category !== undefined && kinds.includes(c.category));
  return matching.length === 1 ? matching[0] : undefined;
}

/** The one item the message means: by a word of its name, else by its kind. */
function itemMeant(text: string, entities: readonly Entity[], items: readonly ItemChoice[]): ItemChoice | undefined {
  const kinds = entities.filter((e) => e.type === 'category').map((e) => e.value);
  return namedItem(text, items) ?? itemOfKind(kinds, items);
}

function whyNot(turn: SkillTurn, items: ItemChoice[]): string {
  const { policy } = turn.deps;
  return list(
    items.map(
      (i) => `${i.label}: ${turn.t(INELIGIBLE_KEYS[i.reason ?? 'window_closed'], { days: policy.returns.windowDays })}`,
    ),
    turn.ctx.lang,
  );
}

const NAME_WORD = /[a-z]{3,}/g;

/**
 * How many words of an item's name the text uses: English words (a plural "s" either side), and for
 * Chinese names their two-character pieces ("那双跑鞋" shares 跑鞋 with 轻羽跑鞋).
 */
function nameOverlap(text: string, names: readonly string[]): number {
  const lower = text.toLowerCase();
  const words = new Set((lower.match(NAME_WORD) ?? []).flatMap((w) => [w, w.replace(/s$/, ''), `${w}s`]));
  let score = 0;
  for (const name of names) {
    for (const word of name.toLowerCase().match(NAME_WORD) ?? []) if (words.has(word)) score += 1;
    const han = Array.from(name.replace(/[^\p{Script=Han}]/gu, ''));
    for (let i = 0; i + 2 <= han.length; i++) if (lower.includes(han[i]! + han[i + 1]!)) score += 1;
  }
  return score;
}

/** The one item the text names, fully or in part ("the running shoes"); undefined when none or a tie. */
function namedItem(text: string, items: readonly ItemChoice[]): ItemChoice | undefined {
  const scored = items
    .map((item) => ({ item, score: nameOverlap(text, item.names) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score > 0 && best.score !== next?.score ? best.item : undefined;
}

/** "Both", "all of them", "两件都退": every item that can go back. */
const EVERY_ITEM =
  /\b(both|all( of (them|it|those|these))?|all (the |my )?(items|things|pieces|of the items)|everything|the lot|the two|each of them)\b|都退|都要退|全部|全都|所有|两件|两个都|两双/i;
/** The item value for every eligible item, expanded when validated; short enough for any button. */
const EVERY = '*';
const SEPARATOR = ',';

/** The skus the slot holds: one, or several when the shopper returns more than one item. */
export function chosenSkus(form: FormState): string[] {
  const value = form.values.item;
  return value ? value.split(SEPARATOR) : [];
}

export const itemSlot: SlotSpec = {
  name: 'item',
  prompt: 'return.ask_item',
  hint: 'return.item_hint',
  choices: (turn, form) => {
    const eligible = choices(form, 'eligible');
    const each = eligible.map((c) => ({ label: c.label, payload: payloads.returnItem(c.sku) }));
    return eligible.length > 1
      ? [
          ...each,
          { label: turn.t('return.every_item', { count: eligible.length }), payload: payloads.returnItem(EVERY) },
        ]
      : each;
  },
  async resolve(turn, form) {
    const order = await formOrder(turn, form.values);
    if (!order) return 'abort';
    // A cancelled order has nothing to send back; the question behind "I want my money back" is
    // where the payment went.
    if (order.status === 'cancelled') {
      const date = formatDate(order.cancelledAt ?? order.updatedAt, turn.ctx.lang);
      turn.say(
        order.paidAt ? 'return.order_cancelled' : 'return.order_cancelled_unpaid',
        { order: order.id, date },
        {
          quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
        },
      );
      return 'abort';
    }
    const all = await describe(turn, order, await turn.deps.returns.eligibility(order, turn.ctx.now));
    const eligible = all.filter((c) => !c.reason);
    const ineligible = all.filter((c) => c.reason);
    form.data.eligible = eligible;
    form.data.ineligible = ineligible;
    if (eligible.length === 0) {
      // Past the window, a faulty item is still the shop's to put right: say so, so it gets told.
      const late = ineligible.some((c) => c.reason === 'window_closed');
      turn.say(
        late ? 'return.none_eligible_late' : 'return.none_eligible',
        { order: order.id, why: whyNot(turn, ineligible) },
        {
          quickReplies: [
            turn.quick('menu.refund_policy', payloads.intent('refund.policy')),
            turn.quick('menu.agent', payloads.intent('agent.request')),
          ],
        },
      );
      return 'abort';
    }
    // One returnable item, or the one the opening message named ("return the running shoes from
    // 10235", or by its kind: "我的鞋子开胶了"): no need to ask which. The items that cannot go back
    // are worth a word unless the shopper named one that can: "the tee" needs no note about the shoes.
    const named = openingItem(form, all);
    const namedEligible = named && !named.reason ? named : undefined;
    if (ineligible.length > 0 && !namedEligible) turn.say('return.some_ineligible', { why: whyNot(turn, ineligible) });
    // "My shoes came unglued" when the shoes cannot go back: the one other item is not what was meant.
    if (named?.reason) return 'ask';
    if (eligible.length === 1 && eligible[0]) return { fill: eligible[0].sku };
    if (namedEligible) return { fill: namedEligible.sku };
    return 'ask';
  },
  extract({ text, asked, freeText, form, turn }) {
    if (!asked) return undefined;
    if (EVERY_ITEM.test(text) && choices(form, 'eligible').length > 1) return EVERY;
    const all = [...choices(form, 'eligible'), ...choices(form, 'ineligible')];
    const position = ordinalFrom(turn);
    const eligible = choices(form, 'eligible');
    if (position !== undefined) {
      const picked = position === -1 ? eligible[eligible.length - 1] : eligible[position - 1];
      if (picked) return picked.sku;
    }
    const lower = text.toLowerCase();
    const named =
      all.find(
        (c) => c.sku.toLowerCase() === lower.trim() || c.names.some((n) => n && lower.includes(n.toLowerCase())),
      ) ?? itemMeant(text, turn.entities, all);
    if (named) return named.sku;
    // "The jeans" names a thing even when the order holds none: an answer to this question, not a search.
    const thing = onlyNamedThing(text, turn.entities);
    if (thing) return `${NOT_IN_ORDER}${thing}`;
    return freeText && text.trim() ? `?${text.trim().slice(0, 40)}` : undefined;
  },
  async validate(turn, value, form): Promise<SlotCheck> {
    const eligible = choices(form, 'eligible');
    // One sku, several, or every eligible one: all of them must be eligible.
    const skus = value === EVERY ? eligible.map((c) => c.sku) : value.split(SEPARATOR);
    if (skus.every((sku) => eligible.some((c) => c.sku === sku))) return { ok: true, value: skus.join(SEPARATOR) };
    const refused = choices(form, 'ineligible').find((c) => c.sku === value);
    if (refused) return { ok: false, hint: 'return.item_ineligible', params: { why: whyNot(turn, [refused]) } };
    if (value.startsWith(NOT_IN_ORDER))
      return { ok: false, hint: 'return.item_not_in_order', params: { thing: value.slice(NOT_IN_ORDER.length) } };
    return { ok: false, hint: 'return.item_hint' };
  },
};

/** Words that point at a thing without saying anything about it: "the", "that one", "这件", "的". */
const POINTING_WORDS =
  /\b(the|a|an|my|this|that|these|those|it|its|it'?s|one|ones|item|pair|of)\b|[这那]?[件条双个只款]|[这那的]/gi;

/** True when nothing but pointing words and punctuation is left of the text. */
function onlyPointing(rest: string): boolean {
  return (
    rest
      .toLowerCase()
      .replace(POINTING_WORDS, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, '') === ''
  );
}

/** True when the text only names the item already chosen ("the scarf", "那条围巾"), and says nothing else. */
export function onlyNamesChosenItem(text: string, form: FormState): boolean {
  const skus = chosenSkus(form);
  const names = choices(form, 'eligible')
    .filter((c) => skus.includes(c.sku))
    .flatMap((c) => c.names);
  if (names.length === 0 || nameOverlap(text, names) === 0) return false;
  let rest = text.toLowerCase();
  for (const name of names) {
    for (const word of name.toLowerCase().match(NAME_WORD) ?? [])
      rest = rest.replace(new RegExp(`\\b${word}s?\\b`, 'g'), ' ');
    const han = Array.from(name.replace(/[^\p{Script=Han}]/gu, ''));
    for (let i = 0; i + 2 <= han.length; i++) rest = rest.replaceAll(han[i]! + han[i + 1]!, ' ');
    for (const char of han) rest = rest.replaceAll(char, ' ');
  }
  return onlyPointing(rest);
}

/** Marks a slot value that named a product or kind of thing the order does not hold. */
const NOT_IN_ORDER = '!';

/** The words of a message that only names a product, a kind of thing or a colour ("the jeans", "那条裤子"). */
function onlyNamedThing(text: string, entities: readonly Entity[]): string | undefined {
  const things = entities.filter((e) => e.type === 'product' || e.type === 'category' || e.type === 'colour');
  if (!things.some((e) => e.type !== 'colour')) return undefined;
  if (!onlyPointing(textWithoutEntities({ text, entities: things }))) return undefined;
  return things.map((e) => e.text).join(' ');
}

/**
 * While the reason for one item is asked, a message that only names another ("the dress", when the
 * top is the one going back) is no reason: the hint says why that one is not part of this return
 * (it may be on its way back already), and the question stands. Undefined when the message is not
 * such a name, or names the chosen item itself.
 */
export function anotherItemNamed(turn: SkillTurn, text: string, form: FormState): SlotCheck | undefined {
  if (!onlyNamedThing(text, turn.entities)) return undefined;
  const chosen = chosenSkus(form);
  const all = [...choices(form, 'eligible'), ...choices(form, 'ineligible')];
  const mine = all.filter((c) => chosen.includes(c.sku));
  if (itemMeant(text, turn.entities, mine)) return undefined;
  const others = all.filter((c) => !chosen.includes(c.sku));
  const other = itemMeant(text, turn.entities, others);
  if (other?.reason) return { ok: false, hint: 'return.item_ineligible', params: { why: whyNot(turn, [other]) } };
  return { ok: false, hint: 'return.reason_other_item', params: { item: chosenLabel(form, turn.ctx.lang) } };
}

/** Label of the chosen item, for the prompts and the confirmation. */
/** The sizes ordered of the items chosen for return. */
/** The item the opening message named, by a word of its name or by its kind. */
function openingItem(form: FormState, items: readonly ItemChoice[]): ItemChoice | undefined {
  return namedItem(openingWords(form), items) ?? itemOfKind(openingKinds(form), items);
}

/**
 * True when the opening message named an item other than the one going back, so its words ("the
 * sole came off") are no reason for this one.
 */
export function openingNamesAnother(form: FormState): boolean {
  const named = openingItem(form, [...choices(form, 'eligible'), ...choices(form, 'ineligible')]);
  return named !== undefined && !chosenSkus(form).includes(named.sku);
}

export function chosenSizes(form: FormState): string[] {
  const eligible = choices(form, 'eligible');
  return chosenSkus(form).flatMap((sku) => eligible.find((c) => c.sku === sku)?.size ?? []);
}

export function chosenLabel(form: FormState, lang: Lang): string {
  const eligible = choices(form, 'eligible');
  return list(
    chosenSkus(form).map((sku) => eligible.find((c) => c.sku === sku)?.label ?? sku),
    lang,
  );
}
