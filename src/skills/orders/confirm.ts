import { payloads } from '../../dialogue/payload';
import { readYesNo } from '../../nlu/short-replies';
import type { SlotSpec } from '../types';

/** "Cancel", "cancel it please", "取消吧": said in answer to "shall I cancel it?", that is a yes. */
const CANCEL_EN =
  /^\s*(yes,?\s*)?(please\s+)?cancel( it| that| this| that one| this one| the order)?( please)?\s*[.!]*\s*$/i;
const CANCEL_ZH = /^\s*(是的?[，,]?\s*)?(请|帮我)?(取消|撤销)(掉)?(它|这单|那单|这个|订单|吧|了)*\s*[。！!.]*\s*$/;

export function saysCancel(text: string): boolean {
  return CANCEL_EN.test(text) || CANCEL_ZH.test(text);
}

/**
 * A yes/no question before an action that cannot be undone. With `cancelling`, the question asks
 * whether to cancel, and "cancel" answers yes.
 */
export function confirmSlot(
  prompt: SlotSpec['prompt'],
  hooks: Pick<SlotSpec, 'resolve' | 'validate'>,
  options: { cancelling?: boolean } = {},
): SlotSpec {
  return {
    name: 'confirm',
    prompt,
    hint: 'confirm.hint',
    promptParams: (_turn, form) => ({ order: form.values.order_number ?? '' }),
    choices: (turn) => [
      turn.quick('confirm.yes', payloads.slot('confirm', 'yes')),
      turn.quick('confirm.no', payloads.slot('confirm', 'no')),
    ],
    extract({ text, asked }) {
      if (!asked) return undefined;
      const answer = readYesNo(text);
      if (answer) return answer;
      return options.cancelling && saysCancel(text) ? 'yes' : undefined;
    },
    ...(options.cancelling ? { answersCancelWords: true } : {}),
    ...hooks,
  };
}
