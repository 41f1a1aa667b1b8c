import { cancelsPart } from '../../../src/skills/orders/partial-cancel';
import { conversation, orderAndEmail, replyText } from '../dialogue/fake-context';
import { FakeShop, order } from '../dialogue/fake-shop';

describe('cancelling part of an order', () => {
  it.each([
    'can I cancel just one item from my order?',
    'cancel one of the items',
    '只取消其中一件',
    'remove an item from my order',
  ])('reads %p as part of an order', (text) => {
    expect(cancelsPart(text)).toBe(true);
  });

  it.each([
    'cancel my order',
    'please cancel order 10234',
    '取消订单',
    'just a quick one, can I cancel my order?',
    'only the order please',
  ])('reads %p as the whole order', (text) => {
    expect(cancelsPart(text)).toBe(false);
  });

  const paid = { status: 'paid' as const, shippedAt: undefined, carrier: undefined, trackingNumber: undefined };
  const scarf = {
    productId: 'scarf',
    sku: 'scarf-grey',
    name: { en: 'Scarf', zh: '围巾' },
    quantity: 1,
    unitPriceCents: 3000,
  };

  it('says a one-item order goes whole, then asks', async () => {
    const shop = new FakeShop();
    shop.orders.set('10234', order('10234', paid));
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'can I cancel just one item?',
      intent: 'order.cancel',
      entities: orderAndEmail('10234'),
    });
    expect(replyText(ctx)).toMatch(/just the one item .*cancels the whole order/);
    expect(replyText(ctx)).toMatch(/cancel/i);
    expect(ctx.conversation.state.form).toBeDefined();
  });

  it('asks nothing for an order of several items, which only goes whole', async () => {
    const shop = new FakeShop();
    const two = order('10234', paid);
    shop.orders.set('10234', { ...two, items: [...two.items, scarf] });
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'can I cancel just one item?',
      intent: 'order.cancel',
      entities: orderAndEmail('10234'),
    });
    expect(replyText(ctx)).toMatch(/only cancel order 10234 as a whole/);
    expect(ctx.conversation.state.form).toBeUndefined();
    expect(shop.orders.get('10234')?.status).toBe('paid');
  });
});
