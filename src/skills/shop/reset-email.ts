/**
 * "I never received my password reset email", "重置密码的邮件没收到": the instructions say to follow a
 * link the shopper does not have, so saying them again helps nobody. What delays or loses such an
 * email, then a person; "I checked spam" right after goes to the person straight away.
 */
import { payloads } from '../../dialogue/payload';
import { offerYesNo } from '../../dialogue/state';
import type { SkillTurn } from '../types';

const ABOUT_RESET = /\b(password|reset)\b|密码/i;
const NOT_RECEIVED =
  /\b(never|not|haven'?t|didn'?t|did not|have not|hasn'?t|has not|no)\b[^.?!]{0,25}\b(receiv(e|ed|ing)|got|get|gotten|arrived?|come|came|turned up|email|link)\b|没(有)?收到|收不到|没来|没有来/i;
const STILL_NOTHING =
  /\b(checked|looked in|nothing in|not in) (the |my )?(spam|junk|promotions?)\b|\bstill (nothing|not|no)\b|\b(tried|did) that\b|看过(了)?垃圾(邮件|箱)|垃圾(邮件|箱)(里)?(也)?没有|还是没(有)?收到/i;

/** True for a password reset email that never came. */
export function resetEmailMissing(text: string): boolean {
  return ABOUT_RESET.test(text) && NOT_RECEIVED.test(text);
}

/** True for "I checked spam" right after the advice about a missing reset email. */
export function resetStillMissing(turn: SkillTurn): boolean {
  return turn.state.lastIntent === 'account.reset_missing' && STILL_NOTHING.test(turn.text);
}

/** True for "还是收不到邮件" right after the reset steps (it read as a sign-up problem). */
export function resetMissingAfterSteps(turn: SkillTurn): boolean {
  return turn.state.lastIntent === 'account.recover_password' && NOT_RECEIVED.test(turn.text);
}

export function answerResetMissing(turn: SkillTurn, still: boolean): void {
  const person = turn.quick('menu.agent', payloads.handoff('shopper_request'));
  // "Yes please" typed after the offer means the button.
  offerYesNo(turn.state, payloads.handoff('shopper_request'), payloads.cmd('help'));
  turn.say(
    still ? 'shop.reset_still_missing' : 'shop.reset_missing',
    { email: turn.deps.policy.contact.email },
    {
      quickReplies: [person],
    },
  );
}
