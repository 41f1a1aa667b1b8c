/**
 * Feedback: complaints and reviews are kept as Notes for the shop to read; a complaint also offers a
 * person. Ratings (`csat:<n>` buttons) are kept the same way.
 */
import { randomUUID } from 'node:crypto';
import { payloads } from '../../dialogue/payload';
import { offerYesNo } from '../../dialogue/state';
import type { Note } from '../../store/entities';
import type { Skill, SkillTurn } from '../types';

/** Feedback is kept in the shopper's own words (`turn.ownWords`), not as the NLU normalised them. */
async function keep(turn: SkillTurn, kind: Note['kind'], text: string, data: Record<string, unknown> = {}) {
  const { ctx, state } = turn;
  await turn.deps.notes.add({
    id: `${kind}_${randomUUID()}`,
    kind,
    conversationId: ctx.conversation.id,
    customerId: ctx.customer.id,
    text,
    data: {
      lang: ctx.lang,
      channel: ctx.message.channel,
      ...(state.lastOrderId ? { orderId: state.lastOrderId } : {}),
      ...data,
    },
    at: ctx.now.toISOString(),
  });
}

export const feedbackSkill: Skill = {
  name: 'feedback',
  intents: ['feedback.complaint', 'feedback.review', 'feedback.csat', 'complaint', 'review'],
  async handle(turn, intent) {
    if (intent === 'feedback.csat') {
      const score = Number(turn.args.score);
      await keep(turn, 'csat', String(score), { score });
      turn.say(score >= 4 ? 'feedback.csat_good' : 'feedback.csat_bad');
      return;
    }
    if (intent === 'feedback.complaint' || intent === 'complaint') {
      await keep(turn, 'complaint', turn.ownWords, { sentiment: turn.ctx.nlu?.sentiment ?? 0 });
      // "Would you like to talk to a person now?": "yes please" typed is the first button.
      offerYesNo(turn.state, payloads.handoff('complaint'), payloads.cmd('help'));
      turn.say(
        'feedback.complaint',
        {},
        {
          quickReplies: [
            turn.quick('menu.agent', payloads.handoff('complaint')),
            turn.quick('feedback.no_thanks', payloads.cmd('help')),
          ],
        },
      );
      return;
    }
    await keep(turn, 'review', turn.ownWords, { sentiment: turn.ctx.nlu?.sentiment ?? 0 });
    turn.say('feedback.review');
  },
};
