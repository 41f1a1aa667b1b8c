/**
 * "What currency are your prices in?", "can I pay in euros?", "how much is that in dollars?",
 * "可以用美元付款吗": the shop prices and charges in one currency (`ShopPolicy.currency`). The answer
 * says which, that a card in another currency is converted by its issuer, and, for a currency the
 * policy has a rough rate for, what a price named or in view comes to. Read by the classifier, these
 * got the payment methods, the returns policy or the bot's identity.
 */

import type { Lang } from '../../core/message';
import { mentionsReference, resolveProduct } from '../../dialogue/references';
import { currenciesNamed } from '../../nlu/entities/money';
import { localized, money } from '../format';
import type { SkillTurn } from '../types';

/** Questions about currency itself, whichever one they name. */
const ASKS_CURRENCY =
  /\b(what|which) currenc(y|ies)\b|\bcurrenc(y|ies)\b.{0,30}\b(prices?|priced|charged?|pay|paying|checkout|billed)\b|\b(pay|paying|charged?|billed|checkout|prices?|priced)\b.{0,20}\bin (my (own |local )?currency|local currency|another currency|a different currency)\b|\bexchange rates?\b|什么货币|哪种货币|什么币种|币种|汇率|外币/i;

/**
 * Where a price or payment is put "in" a currency ("can I pay in euros?", "how much is that in USD?",
 * "用美元付款"): the captured words must name one, so "I paid £89 in total" is no currency question.
 */
const IN_A_CURRENCY = [
  /\b(?:pay|paying|paid|charged?|billed|checkout|prices?|priced|costs?|shown|how much|what(?:'s| is) (?:that|it|this))\b.{0,30}?\bin\s+(\S+(?:\s+\S+)?)/gi,
  /\bconvert(?:ed)?\b.{0,20}?\b(?:in)?to\s+(\S+(?:\s+\S+)?)/gi,
  /(?:用|以|按|收)(\S{1,6}?)(?:付款|支付|结算|付钱|付|标价|计价|收费|买)/g,
  /(?:是|都是|换算成?|折合|约合|合)(\S{1,4}?)(?:吗|标价|计价|多少|$)/g,
  /多少(\S{1,4})/g,
];

export function asksCurrency(text: string): boolean {
  if (ASKS_CURRENCY.test(text)) return true;
  return IN_A_CURRENCY.some((pattern) =>
    [...text.matchAll(pattern)].some(([, words]) => words !== undefined && currenciesNamed(words).length > 0),
  );
}

function currencyName(code: string, lang: Lang): string {
  return new Intl.DisplayNames(lang === 'zh' ? ['zh-CN'] : ['en-GB'], { type: 'currency' }).of(code) ?? code;
}

/** The price the question is about: an amount it names, a product it names, or the one it points at. */
async function priceAsked(turn: SkillTurn): Promise<{ cents: number; label?: string } | undefined> {
  const { currency } = turn.deps.policy;
  const amount = turn.entities.find((e) => e.type === 'money' && (e.data?.currency ?? currency) === currency);
  if (amount) return { cents: Number(amount.value) };
  // "Are your prices in RMB?" asks in general, even with a product open; "how much is that in USD?" not.
  const aboutOne = turn.entity('product') !== undefined || mentionsReference(turn.text);
  const product = aboutOne ? await resolveProduct(turn) : null;
  if (!product || product.currency !== currency) return undefined;
  return { cents: product.priceCents, label: localized(product.name, turn.ctx.lang) };
}

export async function answerCurrency(turn: SkillTurn): Promise<void> {
  const { currency, exchangeRates } = turn.deps.policy;
  const lang = turn.ctx.lang;
  turn.say('shop.currency', { name: currencyName(currency, lang), code: currency });
  const foreign = currenciesNamed(turn.text).filter((code) => code !== currency);
  const asked = foreign.length > 0 ? await priceAsked(turn) : undefined;
  for (const code of foreign.slice(0, 2)) {
    const rate = exchangeRates?.[code];
    if (rate === undefined) {
      turn.say('shop.currency_no_rate', { name: currencyName(code, lang) });
      continue;
    }
    // The policy's rate is the shop's money per unit of theirs; the guide goes the other way.
    const cents = asked?.cents ?? 100;
    const converted = money(Math.round(cents / rate), code, lang);
    turn.say(asked?.label ? 'shop.currency_guide_product' : 'shop.currency_guide', {
      amount: money(cents, currency, lang),
      converted,
      product: asked?.label ?? '',
    });
  }
}
