import { isAbandonPhrase, isHypothetical, isQuestion, isUnknownAnswer } from '../../../src/dialogue/phrases';

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

  it.each([
    'how long do refunds take?',
    'can I swap it instead',
    'is the scarf silk',
    'what about express delivery',
    '退款要多久',
    '可以换货吗',
    '运费多少',
    '这件是真丝的？',
  ])('"%s" is a question of the shopper\'s own', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each(["it doesn't suit me", 'poor quality, the sole came off', 'the fabric is itchy', '质量太差了', '穿着不舒服'])(
    '"%s" is a statement',
    (text) => {
      expect(isQuestion(text)).toBe(false);
    },
  );
});

describe('isHypothetical', () => {
  it.each([
    "if I don't like it can I send it back?",
    "what if the dress doesn't fit?",
    'can I return them if they are too small?',
    'in case it is the wrong size, what happens?',
    '万一不合适怎么办',
    '要是大了能换吗',
  ])('"%s" imagines a case', (text) => {
    expect(isHypothetical(text)).toBe(true);
  });

  it.each(["I don't like it, it's awful", 'the dress does not fit', 'if possible send it today', '不合适，我要退货'])(
    '"%s" is what happened or a plain request',
    (text) => {
      expect(isHypothetical(text)).toBe(false);
    },
  );
});
