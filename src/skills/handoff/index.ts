/**
 * "Can I talk to a person?" The handoff layer owns what happens next (and tells the shopper); the bot
 * only asks for it, and drops any form in progress so the agent starts from a clean slate.
 */
import type { Skill } from '../types';

export const handoffSkill: Skill = {
  name: 'handoff',
  intents: ['agent.request'],
  async handle(turn) {
    delete turn.state.form;
    await turn.ctx.requestHandoff('shopper_request');
  },
};
