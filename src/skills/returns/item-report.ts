/**
 * A fault or a mismatch in the shopper's own item, told without asking for anything: "the zip on my
 * jacket broke", "我上周买的鞋子穿了一次就开胶了", "我收到的颜色和图片不一样". The classifier reads a
 * search, a review or a return into them; they get what can be done (the faulty-goods terms, or that
 * an item unlike its description can go back), not a search nor a return filed unasked.
 */
import { payloads } from '../../dialogue/payload';
import { isHypothetical } from '../../dialogue/phrases';
import { offerYesNo } from '../../dialogue/state';
import type { SkillTurn } from '../types';
import { reportsFault, reportsMismatch } from './reason';

/**
 * Readings a fault in the shopper's own item gets that do nothing for it: "the zip on my jacket
 * broke" searched jackets, "my tee shrank in the wash" searched tees. Complaints are kept (they are
 * recorded and offer a person), and so are requests the bot carries out.
 */
const FAULT_MISREADINGS = new Set(['None', 'product.search', 'product.info', 'product.recommend', 'feedback.review']);

/**
 * Words that ask for something to be done about an item: a return, a refund, an exchange. "我上周买的
 * 鞋子穿了一次就开胶了" has none, though the classifier reads a return into it.
 */
const ASKS_REMEDY =
  /\b(return(ed|ing)?|send (it |them )?back|refund(ed)?|exchange|replace(ment)?|money back|swap)\b|退|换/i;

/**
 * The report the message makes, if it is one. Right after a return (one refused for the window, say)
 * a fault is the returns claim's to pass on with that order instead; with an order number given, a
 * mismatch is a return the shopper is already acting on.
 */
export function itemReport(turn: SkillTurn): 'return.fault_report' | 'return.mismatch_report' | undefined {
  if (turn.state.lastIntent === 'return.request' || isHypothetical(turn.text)) return undefined;
  const reading = turn.ctx.nlu?.intent ?? 'None';
  const remedyRead = reading === 'return.request' || reading === 'refund.request';
  // "My order 10239 arrived but the boots are scuffed" read as tracking: the order is there, the item is not right.
  const trackingRead = reading === 'order.track' && reportsFault(turn.text);
  const misread = FAULT_MISREADINGS.has(reading) || trackingRead || (remedyRead && !ASKS_REMEDY.test(turn.text));
  if (!misread) return undefined;
  if (reportsFault(turn.text)) return 'return.fault_report';
  return reportsMismatch(turn.text) && !turn.entity('order_number') ? 'return.mismatch_report' : undefined;
}

/** Such an item can go back for a refund: the returns button (a typed yes takes it) and a person. */
export function answerMismatchReport(turn: SkillTurn): void {
  const startReturn = payloads.intent('return.request');
  offerYesNo(turn.state, startReturn, payloads.cmd('help'));
  turn.say(
    'return.mismatch_report',
    { days: turn.deps.policy.returns.windowDays },
    {
      quickReplies: [
        turn.quick('menu.return', startReturn),
        turn.quick('menu.agent', payloads.intent('agent.request')),
      ],
    },
  );
}
