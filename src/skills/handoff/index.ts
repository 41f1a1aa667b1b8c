/**
 * "Can I talk to a person?" The handoff layer owns what happens next (and tells the shopper); the bot
 * only asks for it, and drops any form in progress so the agent starts from a clean slate. When no
 * one can take it live, the request becomes a ticket, and what the shopper says next ("we're a
 * boutique in Leeds", which read as nothing) is added to it for the team.
 */
import { addTicketDetail, FOLLOW_UP_WINDOW_MS } from '../../commerce/tickets';
import { payloads } from '../../dialogue/payload';
import { isQuestion } from '../../dialogue/phrases';
import type { Skill, SkillTurn } from '../types';

/** A statement right after asking for a person, which the classifier placed nowhere. */
function addsDetail(turn: SkillTurn): boolean {
  return turn.state.lastIntent === 'agent.request' && !isQuestion(turn.text);
}

async function addDetail(turn: SkillTurn): Promise<void> {
  const ticket = await addTicketDetail(turn.deps.notes, {
    conversationId: turn.ctx.conversation.id,
    detail: turn.text,
    at: turn.ctx.now,
    withinMs: FOLLOW_UP_WINDOW_MS,
  });
  if (ticket) return turn.say('handoff.detail_added');
  turn.say('fallback', {}, { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] });
}

export const handoffSkill: Skill = {
  name: 'handoff',
  intents: ['agent.request', 'handoff.detail'],
  claim: (turn) => (addsDetail(turn) ? 'handoff.detail' : undefined),
  async handle(turn, intent) {
    if (intent === 'handoff.detail') {
      // Still the same request, so a second line goes on the ticket too.
      turn.state.lastIntent = 'agent.request';
      return addDetail(turn);
    }
    delete turn.state.form;
    await turn.ctx.requestHandoff('shopper_request');
  },
};
