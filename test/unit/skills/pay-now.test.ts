import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import { asksToPay } from '../../../src/skills/orders/pay-now';
import { conversation, orderAndEmail, replyText } from '../dialogue/fake-context';
import { FakeShop, order } from '../dialogue/fake-shop';

describe('wanting to pay for an order', () => {
  it.each([
    "my order hasn't been paid",
    'can I pay now?',
    'can I still pay for it today',
    'how do I pay for my order?',
    'where can I complete the payment',
    'please send me a payment link',
    "it isn't paid yet",
  ])('reads %p as wanting to pay', (text) => {
    expect(asksToPay(text, 'en')).toBe(true);
  });

  it.each(['还没付款', '怎么补付款', '在哪里支付', '可以现在付款吗', '订单显示待付款'])(
    'reads %p as wanting to pay',
    (text) => {
      expect(asksToPay(text, 'zh')).toBe(true);
    },
  );

  it.each([
    ['can I pay by PayPal?', 'en'],
    ['can I pay later?', 'en'],
    ['how can I pay with Klarna?', 'en'],
    ['I paid yesterday', 'en'],
    ['你们没有支付宝吗', 'zh'],
    ['支持哪些支付方式', 'zh'],
  ] as const)('leaves %p to payment methods and claims', (text, lang) => {
    expect(asksToPay(text, lang)).toBe(false);
  });
});

describe('paying for an unpaid order', () => {
  const pending = order('10236', {
    status: 'pending',
    paidAt: undefined,
    shippedAt: undefined,
    carrier: undefined,
    trackingNumber: undefined,
  });

  it('says where to pay, from the policy, once the order is proven', async () => {
    const shop = new FakeShop();
    shop.orders.set('10236', pending);
    const say = conversation(shop.dialogue());
    const ctx = await say({ text: 'order 10236 is unpaid, can I pay now?', entities: orderAndEmail('10236') });
    expect(replyText(ctx)).toMatch(/Pay now/);
    expect(replyText(ctx)).toMatch(/PayPal/);
  });

  it('offers a person to send a link when the policy says nothing about unpaid orders', async () => {
    const shop = new FakeShop();
    shop.orders.set('10236', pending);
    const { unpaidOrders: _none, ...policy } = loadShopPolicy();
    const say = conversation(shop.dialogue({ policy }));
    const ctx = await say({ text: 'order 10236 is unpaid, can I pay now?', entities: orderAndEmail('10236') });
    expect(replyText(ctx)).toMatch(/send you a link to pay/);
    expect(ctx.replies.at(-1)?.quickReplies?.[0]?.payload).toMatch(/^handoff:/);
  });

  it('says a paid order has nothing left to pay and a cancelled one its status', async () => {
    const shop = new FakeShop();
    shop.orders.set('10237', order('10237', { status: 'paid', paidAt: '2026-01-14T10:00:00.000Z' }));
    shop.orders.set('10238', order('10238', { status: 'cancelled', cancelledAt: '2026-01-14T10:00:00.000Z' }));
    const say = conversation(shop.dialogue());
    const paid = await say({ text: 'can I pay for order 10237 now?', entities: orderAndEmail('10237') });
    expect(replyText(paid)).toMatch(/nothing left to pay on order 10237/);
    const cancelled = await say({ text: 'can I pay for order 10238 now?', entities: orderAndEmail('10238') });
    expect(replyText(cancelled)).not.toMatch(/Pay now|nothing left to pay/);
    expect(replyText(cancelled)).toMatch(/cancel/i);
  });
});
