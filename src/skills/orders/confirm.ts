import { payloads } from '../../dialogue/payload';
import type { SlotSpec } from '../types';

const YES = /^\s*(yes|yep|yeah|sure|ok|okay|confirm|please do|do it|go ahead|是|是的|好|好的|对|确认|可以|行)\b/i;
const NO = /^\s*(no|nope|don'?t|do not|keep it|不|不要|不用|算了|别)/i;

/** A yes/no question before an action that cannot be undone. */
export function confirmSlot(prompt: SlotSpec['prompt'], hooks: Pick<SlotSpec, 'resolve' | 'validate'>): SlotSpec {
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
      if (YES.test(text)) return 'yes';
      if (NO.test(text)) return 'no';
      return undefined;
    },
    ...hooks,
  };
}
