/**
 * "ada@example.com" after "leave your email address here": when no one from the team could take the
 * chat, the bot promised an email reply and asked where to send it. The address joins that ticket.
 */
import { addReplyEmail, FOLLOW_UP_WINDOW_MS } from '../../commerce/tickets';
import { payloads } from '../../dialogue/payload';
import type { SkillTurn } from '../types';

/** Words that may stand around an address given on its own: "my email is …", "邮箱是…". */
const AROUND_EMAIL =
  /\b(my|email|e-mail|mail|address|is|it'?s|you|can|could|reach|contact|write|to|me|at|on|here|please|thanks?|thank you|ok|sure|yes)\b|我的|邮箱|电子邮件|邮件|地址|是|发到|联系我|谢谢|好的|请/gi;

/** True when the message is an email address and nothing more than the words that introduce one. */
export function givesOnlyEmail(turn: Pick<SkillTurn, 'text' | 'entity'>): boolean {
  const email = turn.entity('email');
  if (!email || turn.entity('order_number') || turn.entity('phone')) return false;
  const rest = turn.text.replace(email.text, ' ').replace(AROUND_EMAIL, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

export async function saveReplyEmail(turn: SkillTurn): Promise<void> {
  const email = turn.entity('email')?.value;
  if (!email) return;
  const ticket = await addReplyEmail(turn.deps.notes, {
    conversationId: turn.ctx.conversation.id,
    email,
    at: turn.ctx.now,
    withinMs: FOLLOW_UP_WINDOW_MS,
  });
  if (ticket) return turn.say('shop.reply_email_saved', { email });
  // An address with no request waiting for it: say what it could be for.
  turn.say(
    'shop.email_alone',
    {},
    {
      quickReplies: [
        turn.quick('menu.track', payloads.intent('order.track')),
        turn.quick('menu.agent', payloads.intent('agent.request')),
      ],
    },
  );
}
