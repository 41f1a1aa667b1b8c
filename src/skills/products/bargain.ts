/**
 * Haggling: "can you do it cheaper?", "what's your best price?", "能便宜点吗", "最低多少". The shop's
 * prices are the same for everyone, so the honest answer says so, names the price of the product in
 * view, adds the shop's own words on discounts, and offers what can help: cheaper things of the same
 * kind, and the offers sign-up. "Anything cheaper?" / "有便宜点的吗" asks for other products instead
 * (`asksForCheaper`), and "do you have a student discount?" for the shop's discounts.
 */
import { payloads } from '../../dialogue/payload';
import { resolveProduct } from '../../dialogue/references';
import { localized, money } from '../format';
import { sayDiscounts } from '../shop/discounts';
import type { SkillTurn } from '../types';

const EN_BARGAIN =
  /\b(can|could|would|will) (you|u) (do|give|let me have|sell|make|offer) (me )?(it|this|that|them|these|those|one)? ?(for )?(any |a (bit|little|tad) )?(cheaper|for less|less)\b|\b(can|could|would|will) (you|u) (do|give|offer) (me )?(a )?(better|lower|cheaper|special) (price|deal)\b|\b(can|could) (i|we) (get|have) (it|this|that|them|these|one) (for )?(any )?(cheaper|for less)\b|\b(can|could|would|will) (you|u) (lower|reduce|drop|bring down|come down on) (the )?price\b|\b(can|could|would|will) (you|u) come down\b|\b(what'?s|what is|is that|is this) (your|the) (best|lowest|final|last) price\b|\b(best|lowest|final|last) price\?|\b(is|are) (the )?prices? negotiable\b|\bnegotiable\b|\bhaggle\b|\bknock (something|some|a (bit|little|few (pounds|quid|dollars))|anything|\d+ ?(%|pounds|quid|dollars)?) off\b|\b(do|cut) me a deal\b/i;

/** 能便宜点吗, 便宜点吧, 最低多少, 砍价: a lower price asked for; 有便宜点的吗 ("any cheaper ones?") is not. */
const ZH_BARGAIN =
  /(能|可以|可不可以|能不能|再|可否|给我|帮我|算)(再)?(给我|给|算)?便宜(一)?(点|些)(?!的)|便宜(一)?(点|些)(吧|呗|嘛|行吗|好吗|可以吗|行不行|可不可以)|^\s*便宜(一)?(点|些)\s*[吗呢啊呀嘛？?!！。]*\s*$|打个折|给个折|还价|讲价|砍价|议价|最低价|最低多少|少算|(能|可以)优惠(一)?(点|些)|优惠(一)?(点|些)(吧|吗|呗|嘛)|(价格|价钱)(能|可以)?(商量|谈)/;

export function asksToBargain(text: string): boolean {
  return EN_BARGAIN.test(text) || ZH_BARGAIN.test(text);
}

export async function answerBargain(turn: SkillTurn): Promise<void> {
  const lang = turn.ctx.lang;
  const product = await resolveProduct(turn);
  if (product) {
    const name = localized(product.name, lang);
    turn.say('product.bargain', { name, price: money(product.priceCents, product.currency, lang) });
  } else {
    turn.say('product.bargain_any');
  }
  // Something to be cheaper than: the product in view, or the cards on screen.
  const canCompare = product !== null || (turn.state.lastShown?.length ?? 0) > 0;
  sayDiscounts(turn, canCompare ? [turn.quick('product.show_cheaper', payloads.intent('product.cheaper'))] : []);
}
