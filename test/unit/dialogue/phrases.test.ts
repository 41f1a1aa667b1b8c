import { isAbandonPhrase, isUnknownAnswer } from '../../../src/dialogue/phrases';

describe('phrases the dialogue reads itself', () => {
  it.each([
    "I don't know the order number",
    'dont have it',
    "can't find the email",
    'no idea',
    'I forgot',
    'lost the confirmation',
    '我忘了订单号',
    '不知道',
    '找不到邮件了',
  ])('"%s" says the shopper cannot answer', (text) => {
    expect(isUnknownAnswer(text)).toBe(true);
  });

  it.each(['10234', 'amelia.hart@example.com', 'where is my order', 'I know it, 10234', '订单号是10234'])(
    '"%s" is not an "I don\'t know"',
    (text) => {
      expect(isUnknownAnswer(text)).toBe(false);
    },
  );

  it('abandons only on the phrase alone, not on a request that starts with it', () => {
    expect(isAbandonPhrase('never mind')).toBe(true);
    expect(isAbandonPhrase('算了吧')).toBe(true);
    expect(isAbandonPhrase('cancel my order')).toBe(false);
  });
});
