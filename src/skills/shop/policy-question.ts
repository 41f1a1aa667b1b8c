/**
 * A question the shop answers in its own words: a policy text (`stores`, `privacy`), asked for by the
 * message's words, said with one button for the next step. Without the text the question is left to
 * the classifier's reading.
 */
import type { QuickReply } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { offerYesNo } from '../../dialogue/state';
import type { TemplateKey } from '../../dialogue/templates';
import { localized } from '../format';
import type { SkillTurn } from '../types';

type PolicyTextField = 'stores' | 'privacy';

export interface PolicyQuestion {
  asks(turn: SkillTurn): boolean;
  answer(turn: SkillTurn): void;
}

/**
 * `yesTakesIt`: the answer offers its next step ("a person checks it's you, then sends the copy"),
 * so a typed "yes" takes the button rather than being thanked for.
 */
export function policyQuestion(
  field: PolicyTextField,
  words: RegExp,
  template: TemplateKey,
  nextStep: (turn: SkillTurn) => QuickReply,
  options: { yesTakesIt?: boolean } = {},
): PolicyQuestion {
  return {
    asks: (turn) => turn.deps.policy[field] !== undefined && words.test(turn.text),
    answer(turn) {
      const text = turn.deps.policy[field];
      if (!text) return;
      const next = nextStep(turn);
      if (options.yesTakesIt) offerYesNo(turn.state, next.payload, payloads.cmd('help'));
      turn.say(template, { text: localized(text, turn.ctx.lang) }, { quickReplies: [next] });
    },
  };
}
