/**
 * Feedback: complaints and reviews are kept as Notes for the shop to read; a complaint also offers a
 * person. Ratings (`csat:<n>` buttons) are kept the same way. A message that only announces a
 * complaint or a review is answered with a question about it (`details.ts`), and the answer is kept.
 */
import { randomUUID } from 'node:crypto';
import { payloads } from '../../dialogue/payload';
import { offerYesNo } from '../../dialogue/state';
import type { Note } from '../../store/entities';
import type { FormSpec, Skill, SkillTurn } from '../types';
import { detailsSlot, onlyAnnouncesFeedback } from './details';

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

async function recordComplaint(turn: SkillTurn, words: string): Promise<void> {
  await keep(turn, 'complaint', words, { sentiment: turn.ctx.nlu?.sentiment ?? 0 });
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
}

async function recordReview(turn: SkillTurn, words: string): Promise<void> {
  await keep(turn, 'review', words, { sentiment: turn.ctx.nlu?.sentiment ?? 0 });
  turn.say('feedback.review');
}

const complaintForm: FormSpec = {
  name: 'feedback.complaint',
  slots: [detailsSlot('feedback.ask_complaint')],
  submit: (turn, form) => recordComplaint(turn, form.values.details ?? ''),
};

const reviewForm: FormSpec = {
  name: 'feedback.review',
  slots: [detailsSlot('feedback.ask_review')],
  submit: (turn, form) => recordReview(turn, form.values.details ?? ''),
};

export const feedbackSkill: Skill = {
  name: 'feedback',
  intents: ['feedback.complaint', 'feedback.review', 'feedback.csat', 'complaint', 'review'],
  offersPerson: ['feedback.complaint'],
  forms: [complaintForm, reviewForm],
  async handle(turn, intent) {
    if (intent === 'feedback.csat') {
      const score = Number(turn.args.score);
      await keep(turn, 'csat', String(score), { score });
      turn.say(score >= 4 ? 'feedback.csat_good' : 'feedback.csat_bad');
      return;
    }
    const complaint = intent === 'feedback.complaint' || intent === 'complaint';
    // Typed words that only announce it; a button or an agent's "complaint" payload has none.
    if (turn.ownWords && onlyAnnouncesFeedback(turn.ownWords)) {
      return turn.startForm(complaint ? complaintForm.name : reviewForm.name);
    }
    if (complaint) return recordComplaint(turn, turn.ownWords);
    return recordReview(turn, turn.ownWords);
  },
};
