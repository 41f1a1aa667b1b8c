/**
 * "Unsubscribe", "stop sending me emails", "别再给我发短信了". Marketing in this chat stops at once (the
 * channel's consent). Emails and texts are sent by the shop's own systems, not the bot: an opt-out
 * that names them gets how to stop those (`ShopPolicy.unsubscribe`), where before it was told only
 * that messages "here" had stopped, which was not what it asked.
 */
import { payloads } from '../../dialogue/payload';
import { localized } from '../format';
import type { SkillTurn } from '../types';

const EMAIL = /\b(e-?mails?|newsletters?|mailing list|inbox)\b|邮件|邮箱|简报/i;
const SMS = /\b(texts?|sms|text messages?)\b|短信/i;

export async function optOut(turn: SkillTurn): Promise<void> {
  const { ctx, deps } = turn;
  await deps.customers.setConsent(ctx.customer.id, ctx.message.channel, false, ctx.now);
  const { email, sms } = deps.policy.unsubscribe ?? {};
  const elsewhere = [...(email && EMAIL.test(turn.text) ? [email] : []), ...(sms && SMS.test(turn.text) ? [sms] : [])];
  if (elsewhere.length === 0) {
    turn.say('shop.optout_done', { shop: deps.policy.shopName });
    return;
  }
  for (const text of elsewhere) turn.say('shop.optout_elsewhere', { text: localized(text, ctx.lang) });
  turn.say('shop.optout_also_here', {}, { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] });
}
