/** The built-in skills, in the order the registry sees them. */
import { feedbackSkill } from './feedback';
import { handoffSkill } from './handoff';
import { ordersSkill } from './orders';
import { productsSkill } from './products';
import { returnsSkill } from './returns';
import { shopSkill } from './shop';
import { smalltalkSkill } from './smalltalk';
import type { Skill } from './types';

export function defaultSkills(): Skill[] {
  return [ordersSkill, returnsSkill, productsSkill, shopSkill, feedbackSkill, handoffSkill, smalltalkSkill];
}

export { LiveRecommender } from './live-recommender';
export type { Recommendation, Recommender, RecommendReason, RecommendRequest } from './recommender';
export { CatalogRecommender } from './recommender';
export type { FormSpec, Skill, SkillDeps, SkillTurn, SlotSpec } from './types';
