import { saysSentWrong } from '../../../src/skills/returns/wrong-item';

describe('an item the shop sent by mistake', () => {
  it.each([
    'you sent me the wrong item',
    'I received the wrong item in order 10235',
    'I ordered black running shoes but got white ones',
    'this is not what I ordered',
    '订单10241发错货了',
    '收到的不是我买的那件',
  ])('reads "%s" as sent wrong', (text) => {
    expect(saysSentWrong(text)).toBe(true);
  });

  it.each(['I ordered the wrong size', 'I got the wrong size', 'it is too big', 'I changed my mind', '我买错尺码了'])(
    'does not read "%s" as sent wrong',
    (text) => {
      expect(saysSentWrong(text)).toBe(false);
    },
  );
});
