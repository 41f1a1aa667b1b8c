import { confirmSlot } from '../../../src/skills/orders/confirm';
import type { SlotInput } from '../../../src/skills/types';

const answer = (slot: ReturnType<typeof confirmSlot>, text: string) =>
  slot.extract({ text, entities: [], asked: true, freeText: false } as unknown as SlotInput);

describe('confirmation answers', () => {
  const plain = confirmSlot('order.cancel.confirm', {});
  const cancelling = confirmSlot('order.cancel.confirm', {}, { cancelling: true });

  it('reads yes and no in both languages', () => {
    for (const text of [
      'yes',
      'yes please',
      'sure',
      'go ahead',
      'OK',
      '是的',
      '是',
      '好的，谢谢',
      '确定取消',
      '可以的',
      '嗯',
      '没问题',
    ])
      expect(answer(plain, text)).toBe('yes');
    for (const text of ['no', 'nope', "don't", 'keep it', '不', '不用了', '不要取消', '算了'])
      expect(answer(plain, text)).toBe('no');
    // A word of hesitation may come before the answer.
    for (const text of ['actually no, keep it', 'hmm, no', 'on second thought, no', '嗯，不用了', '其实不用'])
      expect(answer(plain, text)).toBe('no');
    for (const text of ['oh yes please', 'well, ok', '嗯嗯好的', '哦，好的']) expect(answer(plain, text)).toBe('yes');
    for (const text of ['actually I have a question', 'well known brand', '那不是我的'])
      expect(answer(plain, text)).toBeUndefined();
  });

  it('does not take a sentence that only starts like a yes', () => {
    for (const text of ['好像不对', '是不是要等', 'okapi', 'never mind']) expect(answer(plain, text)).toBeUndefined();
  });

  it('reads "cancel" as yes only when the question is whether to cancel', () => {
    for (const text of ['cancel', 'cancel it please', 'yes, cancel it', '取消吧', '取消']) {
      expect(answer(cancelling, text)).toBe('yes');
      expect(answer(plain, text) === 'yes' && !/^yes/.test(text)).toBe(false);
    }
    expect(cancelling.answersCancelWords).toBe(true);
    expect(plain.answersCancelWords).toBeUndefined();
  });
});
