/**
 * A budget given in another currency than the shop's ("200元左右" in a shop that prices in pounds).
 * With an approximate rate in the policy (`exchangeRates`) it is converted and the reply says so;
 * without one it is left out of the search rather than read as 200 of the shop's own currency, and
 * the shopper is asked for it in that currency.
 */
import type { Entity } from '../../nlu/types';
import { money } from '../format';
import type { SkillTurn } from '../types';

interface ForeignAmount {
  entity: Entity;
  /** In the shop's currency, rounded to whole units; undefined when the policy has no rate. */
  shopCents: number | undefined;
}

function foreignAmounts(turn: SkillTurn): ForeignAmount[] {
  const { currency, exchangeRates } = turn.deps.policy;
  return turn.entities.flatMap((entity) => {
    const theirs = entity.data?.currency;
    if (entity.type !== 'money' || theirs === undefined || theirs === currency) return [];
    const rate = exchangeRates?.[theirs];
    const shopCents = rate === undefined ? undefined : Math.round((Number(entity.value) * rate) / 100) * 100;
    return [{ entity, shopCents }];
  });
}

/** The turn's entities with every amount in the shop's currency; one it cannot convert is left out. */
export function entitiesInShopCurrency(turn: SkillTurn): readonly Entity[] {
  const foreign = foreignAmounts(turn);
  if (foreign.length === 0) return turn.entities;
  return turn.entities.flatMap((entity) => {
    const found = foreign.find((f) => f.entity === entity);
    if (!found) return [entity];
    return found.shopCents === undefined ? [] : [{ ...entity, value: String(found.shopCents) }];
  });
}

/**
 * Says how a foreign budget was read, before the products it chose. A bare number in Chinese
 * ("预算300左右") in a shop that does not price in yuan is read in the shop's currency, and said so,
 * since the shopper may have meant yuan.
 */
export function sayCurrencyNote(turn: SkillTurn): void {
  const { currency } = turn.deps.policy;
  const lang = turn.ctx.lang;
  if (lang === 'zh' && currency !== 'CNY') {
    const bare = turn.entities.find((e) => e.type === 'money' && e.data?.currency === undefined);
    if (bare)
      turn.say('product.currency_assumed', {
        amount: money(Number(bare.value), currency, lang),
        currency,
        number: String(Number(bare.value) / 100),
      });
  }
  for (const { entity, shopCents } of foreignAmounts(turn)) {
    // The amount alone, in its own currency: "under $100" → "$100.00".
    const amount = money(Number(entity.value), entity.data?.currency ?? currency, lang);
    if (shopCents === undefined) turn.say('product.currency_unknown', { amount, currency });
    else
      turn.say('product.currency_converted', {
        amount,
        currency,
        converted: money(shopCents, currency, lang),
      });
  }
}
