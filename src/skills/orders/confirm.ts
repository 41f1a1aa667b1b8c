import { payloads } from '../../dialogue/payload';
import type { SlotSpec } from '../types';

// Chinese words have no \b after them (\b sees only ASCII word characters), so each language has its own.
const YES_EN = /^\s*(yes|yep|yup|yeah|yea|sure|ok|okay|confirm|please do|do it|go ahead|definitely)\b/i;
// A yes word is the whole answer or leads it ("好的，谢谢", "确定取消"); "好像不对" is not a yes.
const YES_ZH =
  /^\s*(是的?|好的?|好吧|对的?|确认|确定|可以|行|嗯+|没问题)(?=$|[\s，,。！!.~～]|[吧啊呀啦哈嘞的]|取消|请|麻烦|谢)/;
const NO_EN = /^\s*(no|nope|nah|don'?t|do not|keep it)\b/i;
const NO_ZH = /^\s*(不|别|算了)/;

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
      if (YES_EN.test(text) || YES_ZH.test(text)) return 'yes';
      if (NO_EN.test(text) || NO_ZH.test(text)) return 'no';
      if (options.cancelling && saysCancel(text)) return 'yes';
      return undefined;
    },
    ...(options.cancelling ? { answersCancelWords: true } : {}),
    ...hooks,
  };
}
