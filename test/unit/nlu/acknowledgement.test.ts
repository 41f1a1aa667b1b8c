import { isAcknowledgement } from '../../../src/nlu/acknowledgement';

describe('acknowledgements', () => {
  it.each([
    'ok',
    'Okay!',
    'k',
    'great',
    'got it',
    'alright.',
    '好的',
    '嗯嗯',
    '收到了',
    '行吧',
    '👍',
    '👍🏻',
    '🙏🙏',
    'ok 👍',
  ])('reads %s as an acknowledgement', (text) => expect(isAcknowledgement(text)).toBe(true));

  it.each(['thanks 🙏', 'great jacket', 'ok where is my order', '好的，我的订单到哪了', '😡', '可以', '', '   '])(
    'leaves %s to the classifier',
    (text) => expect(isAcknowledgement(text)).toBe(false),
  );
});
