import { saysMarkedDelivered, saysNotReceived, saysStillNotThere } from '../../../src/skills/orders/missing-parcel';
import { saysPaid } from '../../../src/skills/orders/payment-claim';
import { asksFaster } from '../../../src/skills/orders/speed';
import { troubleWithTracking } from '../../../src/skills/orders/tracking-trouble';

describe('requests for faster delivery', () => {
  it.each([
    'can you send it faster?',
    'can you speed it up?',
    'please expedite my order',
    'can I upgrade to express?',
    'could you ship it sooner',
    '能不能快点送到',
    '可以加急吗',
    '帮我催一下快递',
  ])('reads %p as asking for the parcel sooner', (text) => {
    expect(asksFaster(text)).toBe(true);
  });

  it.each(['how fast is express delivery?', 'when will it arrive?', 'what is the fastest delivery option', '多久能到'])(
    'leaves %p to delivery times',
    (text) => {
      expect(asksFaster(text)).toBe(false);
    },
  );
});

describe('saying an order was paid', () => {
  it.each([
    'but i already paid yesterday',
    'I paid for it already',
    'the money has been taken from my account',
    '我已经付款了',
    '钱已经扣了',
  ])('reads %p as saying the payment went', (text) => {
    expect(saysPaid(text)).toBe(true);
  });

  it.each(['I was charged twice', 'how can I pay?', 'my payment failed', '扣了两次钱'])(
    'leaves %p to payment problems',
    (text) => {
      expect(saysPaid(text)).toBe(false);
    },
  );
});

describe('trouble with tracking', () => {
  it.each([
    'the tracking link doesnt work',
    "tracking number isn't working",
    'there is no tracking info',
    '物流一直不更新',
    '单号查不到',
  ])('reads %p as trouble with tracking', (text) => {
    expect(troubleWithTracking(text)).toBe(true);
  });

  it.each(['where is my parcel?', 'can you send me the tracking link?', '物流到哪了'])(
    'leaves %p to tracking itself',
    (text) => {
      expect(troubleWithTracking(text)).toBe(false);
    },
  );
});

describe('a parcel marked delivered but not there', () => {
  it.each([
    'it says delivered but I never got it',
    "my parcel says delivered but I can't find it",
    "tracking says delivered, it's not at my door",
    '显示签收了但我没收到',
  ])('reads %p as a missing parcel', (text) => {
    expect(saysNotReceived(text)).toBe(true);
  });

  it.each(['where is my parcel?', "I can't find my order number", 'when will it be delivered?'])(
    'leaves %p to tracking',
    (text) => {
      expect(saysNotReceived(text)).toBe(false);
    },
  );
});

describe('a parcel marked delivered that the shopper does not have', () => {
  it.each([
    'it says delivered but I never got it',
    'tracking shows it was delivered yesterday',
    'the app says it has been delivered',
    'marked as delivered, nothing here',
    '显示已签收但我没收到',
    '物流说已经签收了',
  ])('reads "%s" as marked delivered', (text) => {
    expect(saysMarkedDelivered(text)).toBe(true);
  });

  it.each(['when will it be delivered?', 'can it be delivered to my office?', '什么时候送达'])(
    'does not read "%s" as marked delivered',
    (text) => {
      expect(saysMarkedDelivered(text)).toBe(false);
    },
  );

  it.each([
    'I checked with the neighbours, nothing',
    'asked at reception, they do not have it',
    'still nothing',
    "it's not there",
    'not with the neighbours either',
    '邻居也没有',
    '问过物业了，没有',
    '还是没有',
  ])('reads "%s" as still not there', (text) => {
    expect(saysStillNotThere(text)).toBe(true);
  });

  it.each(['ok I will wait until tomorrow', 'thanks, I will check', '好的我去问问邻居'])(
    'does not read "%s" as still not there',
    (text) => {
      expect(saysStillNotThere(text)).toBe(false);
    },
  );
});
