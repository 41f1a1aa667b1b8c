/**
 * "What data do you hold about me?", "can I get a copy of my data?", "删除我的个人信息": what the shop
 * keeps and how to get a copy or have it erased (`ShopPolicy.privacy`). Read by the classifier, the
 * first got the help menu and the second an invoice copy. Export and erasure are the team's to do
 * (through the admin API, once they know it is the customer), so the answer offers a person.
 */
import { payloads } from '../../dialogue/payload';
import { policyQuestion } from './policy-question';

const DATA_WORDS = '(data|information|info|details|records)';
const ABOUT_DATA = new RegExp(
  [
    String.raw`\b(gdpr|data protection|subject access( request)?|dsar|privacy (policy|notice)|right to be forgotten|forget me)\b`,
    String.raw`\b(my|personal|customer) ${DATA_WORDS}\b.{0,40}\b(hold|held|keep|kept|store|stored|collect|collected|sell|share|shared|copy|export|download|delete|erase|erased|wipe|remove)\b`,
    String.raw`\b(hold|keep|store|collect|sell|share|copy|export|download|delete|erase|wipe|remove)\b.{0,30}\b(my|personal|all (of )?my) ${DATA_WORDS}\b`,
    String.raw`\bwhat ${DATA_WORDS} do you (hold|have|keep|store|collect)\b`,
    '个人信息|个人数据|个人资料|隐私|我的数据|我的(信息|资料)(被|会|你们)|(删除|导出|查看)(我的)?(所有)?(信息|数据|资料)',
  ].join('|'),
  'i',
);

/** The shopper's own data: what the shop keeps, and a person for a copy or erasure. */
export const privacyQuestion = policyQuestion(
  'privacy',
  ABOUT_DATA,
  'shop.privacy',
  (turn) => turn.quick('menu.agent', payloads.handoff('data_request')),
  { yesTakesIt: true },
);
