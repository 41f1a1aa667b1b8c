import { isAcknowledgement, isDecline, movesOn, readYesNo } from '../../../src/nlu/short-replies';

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

  it.each([
    'no',
    'No thanks!',
    "no, that's all",
    'nothing else thanks',
    "that's it",
    'nope 👍',
    '没有了',
    '不用了，谢谢',
    '没事了',
    '算了吧',
  ])('reads %s as a decline', (text) => {
    expect(isDecline(text)).toBe(true);
    expect(isAcknowledgement(text)).toBe(false);
  });

  it.each(['no I want a refund', 'no, cancel my order', '没有收到货', '不用了但是我要退货', 'ok'])(
    'leaves %s alone',
    (text) => expect(isDecline(text)).toBe(false),
  );
});

describe('answers to a yes/no offer', () => {
  it.each([
    'yes please',
    'go ahead',
    'can you do it for me?',
    'could someone sort that?',
    'please just do it for me',
    '好的',
    '那你帮我办吧',
    '麻烦帮我处理一下',
  ])('reads %s as yes', (text) => expect(readYesNo(text)).toBe('yes'));

  it.each(['no thanks', '不用了', 'actually no'])('reads %s as no', (text) => expect(readYesNo(text)).toBe('no'));

  it.each(['can you tell me how?', 'how do I do it myself?', 'what does it cost?', '怎么办理'])(
    'leaves %s to the classifier',
    (text) => expect(readYesNo(text)).toBeUndefined(),
  );
});

describe('an answer that moves on to a new request', () => {
  it.each([
    'ok thanks, also can I change my email address?',
    'yes, and how do I track it?',
    'sure, by the way do you ship to Spain?',
    '好的，另外怎么修改收货地址',
    '可以，顺便问一下运费多少',
  ])('"%s" moves on', (text) => {
    expect(movesOn(text)).toBe(true);
  });

  it.each(['yes please', 'ok, go ahead', 'no thanks', '好的，谢谢', 'yes and thank you'])(
    '"%s" is only an answer',
    (text) => {
      expect(movesOn(text)).toBe(false);
    },
  );
});
