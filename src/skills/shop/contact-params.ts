/** The shop's contact details as template parameters, shared by the answers that give them. */
import { describeContactHours } from '../../commerce/policy/contact-hours';
import type { SkillTurn } from '../types';

export function contactParams(turn: SkillTurn) {
  const { policy } = turn.deps;
  return {
    email: policy.contact.email,
    phone: policy.contact.phone,
    hours: describeContactHours(policy.contact, turn.ctx.lang),
    shop: policy.shopName,
  };
}
