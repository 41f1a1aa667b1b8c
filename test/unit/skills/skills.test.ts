import { loadShopPolicy, parseShopPolicy } from '../../../src/commerce/policy/load-policy';
import { asksForCheaper } from '../../../src/skills/products/cheaper';
import { conversation, entity, orderAndEmail, replyText } from '../dialogue/fake-context';
import { FakeShop, order, product } from '../dialogue/fake-shop';

describe('skills', () => {
  let shop: FakeShop;
  beforeEach(() => {
    shop = new FakeShop();
    shop.products.set('red-dress', product('red-dress'));
    shop.products.set(
      'blue-dress',
      product('blue-dress', { colours: ['blue'], variants: [{ sku: 'b', colour: 'blue', size: 'M', stock: 9 }] }),
    );
  });

  it('shows search results as cards with Details and More like this', async () => {
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'dresses',
      intent: 'product.search',
      entities: [{ type: 'category', value: 'dresses' }],
    });
    const cards = ctx.replies[0]?.cards ?? [];
    expect(cards.map((c) => c.id)).toEqual(['red-dress', 'blue-dress']);
    expect(cards[0]?.price).toBe('£50.00');
    expect(cards[0]?.buttons?.map((b) => b.payload)).toEqual(['product:red-dress', 'more-like:red-dress']);
  });

  it('links cards to the shop\'s product pages, and "add the second one to my bag" to that one', async () => {
    const policy = { ...loadShopPolicy(), productPageUrl: 'https://shop.example/products/{id}' };
    const say = conversation(shop.dialogue({ policy }));
    const found = await say({
      text: 'dresses',
      intent: 'product.search',
      entities: [{ type: 'category', value: 'dresses' }],
    });
    expect(found.replies[0]?.cards?.[0]?.buttons?.at(-1)).toEqual({
      label: 'View in shop',
      url: 'https://shop.example/products/red-dress',
    });
    const bag = await say({
      text: 'add the second one to my bag',
      intent: 'order.place',
      entities: [entity('ordinal', '2', 'second')],
    });
    expect(replyText(bag)).toMatch(/can't put things in your bag/);
    expect(bag.replies[0]?.cards?.map((c) => c.id)).toEqual(['blue-dress']);
    // Without a product in view, the same intent explains how ordering works.
    const fresh = conversation(shop.dialogue({ policy }));
    expect(replyText(await fresh({ text: 'how do I place an order?', intent: 'order.place' }))).not.toMatch(/bag from/);
  });

  it('resolves "the blue one" among the cards and "it" afterwards', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'dresses', intent: 'product.search', entities: [{ type: 'category', value: 'dresses' }] });
    const blue = await say({
      text: 'how much is the blue one?',
      intent: 'product.info',
      entities: [{ type: 'colour', value: 'blue' }],
    });
    expect(replyText(blue)).toContain('blue-dress');
    const stock = await say({
      text: 'is it in stock in M?',
      intent: 'product.info',
      entities: [{ type: 'size', value: 'M' }],
    });
    expect(replyText(stock)).toMatch(/blue-dress M is in stock|blue-dress M/);
  });

  it('takes a bare "the second one" under several cards as a pick, whatever the classifier said', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'dresses', intent: 'product.search', entities: [{ type: 'category', value: 'dresses' }] });
    const pick = await say({
      text: 'the second one',
      intent: 'order.change',
      entities: [entity('ordinal', '2', 'second')],
    });
    expect(replyText(pick)).toContain('blue-dress');
    const zh = await say({ text: '我要第二个', intent: 'order.place', entities: [], lang: 'zh' });
    expect(replyText(zh)).toContain('blue-dress');
    // More than a pick: the classifier's reading stands.
    const change = await say({
      text: 'change the second one in my order',
      intent: 'order.change',
      entities: [entity('ordinal', '2', 'second')],
    });
    expect(replyText(change)).not.toContain('blue-dress');
  });

  it('answers "anything cheaper?" with the same kind of thing for less, measured against what is on screen', async () => {
    shop.products.set('blue-dress', { ...shop.products.get('blue-dress')!, priceCents: 8000 });
    shop.products.set('cotton-dress', product('cotton-dress', { priceCents: 3000 }));
    shop.products.set('cheap-bag', product('cheap-bag', { category: 'bags', priceCents: 1000 }));
    const say = conversation(shop.dialogue());
    expect(asksForCheaper('is there a cheaper delivery option?')).toBe(false);
    expect(asksForCheaper('有没有便宜点的快递')).toBe(false);
    // Out of context "cheaper" is not a product question.
    expect(replyText(await say({ text: 'anything cheaper?', intent: 'delivery.options' }))).not.toContain('less than');
    await say({ text: 'dresses', intent: 'product.search', entities: [{ type: 'category', value: 'dresses' }] });
    await say({ text: 'the blue one', intent: 'product.info', entities: [entity('colour', 'blue')] });
    // Cheaper than the blue dress just opened (£80), among dresses only.
    const cheaper = await say({ text: 'anything cheaper?', intent: 'delivery.options' });
    expect(replyText(cheaper)).toContain('£80.00');
    expect(cheaper.replies.flatMap((r) => r.cards ?? []).map((c) => c.id)).toEqual(['red-dress', 'cotton-dress']);
    // Then cheaper than the cheapest of those cards (£30): nothing, said plainly.
    const none = await say({ text: '有便宜点的吗', intent: 'feedback.review', lang: 'zh' });
    expect(replyText(none)).toContain('£30.00');
    expect(none.replies.flatMap((r) => r.cards ?? [])).toEqual([]);
  });

  it('recommends when asked to recommend a category, and searches when a product question names only one', async () => {
    const say = conversation(shop.dialogue());
    const dresses = [{ type: 'category' as const, value: 'dresses' }];
    const picks = await say({ text: 'recommend a dress', intent: 'product.recommend', entities: dresses });
    expect(replyText(picks)).toMatch(/picks I think you'll like|You might like these/);
    const found = await say({ text: 'blue dress?', intent: 'product.info', entities: dresses });
    expect(replyText(found)).not.toMatch(/Which product/);
    expect(found.replies.flatMap((r) => r.cards ?? []).length).toBeGreaterThan(0);
  });

  it('keeps the category of the cards when a short follow-up only narrows them', async () => {
    shop.products.set('cheap-bag', product('cheap-bag', { category: 'bags', priceCents: 1000 }));
    const say = conversation(shop.dialogue());
    await say({ text: 'dresses', intent: 'product.search', entities: [{ type: 'category', value: 'dresses' }] });
    const under = 'under 60';
    const narrowed = await say({
      text: under,
      intent: 'product.search',
      entities: [entity('money', '6000', '60', under.indexOf('60'))],
    });
    const ids = narrowed.replies.flatMap((r) => r.cards ?? []).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('cheap-bag');
    // A longer message is a new request, not a narrowing.
    const fresh = 'show me anything at all you have for less than 60';
    const anything = await say({
      text: fresh,
      intent: 'product.search',
      entities: [entity('money', '6000', '60', fresh.indexOf('60'))],
    });
    expect(anything.replies.flatMap((r) => r.cards ?? []).map((c) => c.id)).toContain('cheap-bag');
  });

  it('refuses to cancel a shipped order and offers the return path', async () => {
    shop.orders.set('10234', order('10234'));
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'cancel order 10234, ann@example.com',
      intent: 'order.cancel',
      entities: orderAndEmail('10234'),
    });
    expect(replyText(ctx)).toMatch(/already shipped/);
    expect(ctx.replies[0]?.quickReplies?.[0]?.payload).toBe('intent:return.request');
    expect(shop.orders.get('10234')?.status).toBe('shipped');
  });

  it('cancels an open order only after a yes', async () => {
    shop.orders.set('10236', order('10236', { status: 'paid' }));
    const say = conversation(shop.dialogue());
    await say({
      text: 'cancel 10236 ann@example.com',
      intent: 'order.cancel',
      entities: orderAndEmail('10236'),
    });
    expect(shop.orders.get('10236')?.status).toBe('paid');
    await say({ payload: 'slot:confirm:yes' });
    expect(shop.orders.get('10236')?.status).toBe('cancelled');
  });

  it('refuses a return when nothing is eligible', async () => {
    shop.orders.set('10234', order('10234'));
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'return 10234 ann@example.com',
      intent: 'return.request',
      entities: orderAndEmail('10234'),
    });
    expect(replyText(ctx)).toMatch(/can be returned|can't be returned/);
    expect(ctx.conversation.state.form).toBeUndefined();
  });

  it('books a return for a delivered order: the only item is chosen, then the reason', async () => {
    shop.orders.set('10235', order('10235', { status: 'delivered' }));
    const say = conversation(shop.dialogue());
    const asked = await say({
      text: 'return 10235 ann@example.com',
      intent: 'return.request',
      entities: orderAndEmail('10235'),
    });
    expect(replyText(asked)).toMatch(/returning 1× Dress/);
    const done = await say({ text: 'it is too small' });
    expect(replyText(done)).toContain('RMA-1');
    expect(replyText(done)).toContain('prepaid returns label');
  });

  it('stores a complaint as a note and offers a person', async () => {
    const say = conversation(shop.dialogue());
    const ctx = await say({ text: 'the courier was rude', intent: 'feedback.complaint' });
    expect(shop.notes.map((n) => [n.kind, n.text])).toEqual([['complaint', 'the courier was rude']]);
    expect(ctx.replies[0]?.quickReplies?.[0]?.payload).toBe('handoff:complaint');
  });

  it('asks what a complaint is about when the message only announces one, and keeps the answer', async () => {
    const say = conversation(shop.dialogue());
    const asked = await say({ text: "I'd like to make a complaint", intent: 'feedback.complaint' });
    expect(replyText(asked)).toMatch(/what happened|what went wrong/i);
    expect(shop.notes).toEqual([]);
    const kept = await say({ text: 'the courier threw my parcel over the fence', intent: 'feedback.complaint' });
    expect(shop.notes.map((n) => [n.kind, n.text])).toEqual([
      ['complaint', 'the courier threw my parcel over the fence'],
    ]);
    expect(kept.replies[0]?.quickReplies?.[0]?.payload).toBe('handoff:complaint');
    await say({ text: '我想写个评价', intent: 'feedback.review', lang: 'zh' });
    await say({ text: '裙子很好看', intent: 'feedback.review', lang: 'zh' });
    expect(shop.notes.map((n) => [n.kind, n.text])).toContainEqual(['review', '裙子很好看']);
  });

  it("keeps feedback in the shopper's own words, not the NLU's reading of them", async () => {
    const say = conversation(shop.dialogue());
    await say({ text: '快遞員態度很差', nluText: '快递员态度很差', intent: 'feedback.complaint', lang: 'zh' });
    expect(shop.notes.map((n) => n.text)).toEqual(['快遞員態度很差']);
  });

  it('answers each account question with its own text, and with the contact details where the policy has none', async () => {
    const policy = loadShopPolicy();
    const say = conversation(shop.dialogue({ policy }));
    expect(replyText(await say({ text: 'sign up?', intent: 'account.create' }))).toContain(policy.account.create?.en);
    expect(replyText(await say({ text: 'forgot it', intent: 'account.recover_password' }))).toContain(
      policy.account.password.en,
    );
    // Nothing to offer beside the text: no quick replies at all, rather than an empty keyboard.
    expect(
      (await say({ text: 'forgot it', intent: 'account.recover_password' })).replies[0]?.quickReplies,
    ).toBeUndefined();
    const terse = { ...policy, account: parseShopPolicy({ ...policy, account: policy.account.password }).account };
    const contact = conversation(shop.dialogue({ policy: terse }));
    const closing = await contact({ text: 'delete my account', intent: 'account.delete' });
    expect(replyText(closing)).toContain(policy.contact.email);
    expect(replyText(closing)).not.toContain(policy.account.password.en);
    expect(closing.replies.flatMap((r) => r.quickReplies ?? []).map((q) => q.payload)).toEqual([
      'intent:agent.request',
    ]);
  });

  it('takes a typed yes or no to the consent question, on the next turn only', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'newsletter?', intent: 'newsletter.subscription' });
    expect(replyText(await say({ text: 'yes please' }))).toMatch(/you're in|now and then/);
    await say({ text: '订阅', intent: 'newsletter.subscription', lang: 'zh' });
    await say({ text: '不用了，谢谢', lang: 'zh' });
    await say({ text: 'newsletter?', intent: 'newsletter.subscription' });
    await say({ text: 'how long is delivery?', intent: 'delivery.time' });
    await say({ text: 'yes' });
    expect(shop.consents).toEqual([
      { customerId: 'cust-anon', optedIn: true },
      { customerId: 'cust-anon', optedIn: false },
    ]);
  });

  it('hands over on agent.request without a reply of its own', async () => {
    const say = conversation(shop.dialogue());
    const ctx = await say({ text: 'human please', intent: 'agent.request' });
    expect(ctx.handoffs).toEqual(['shopper_request']);
  });
  it('answers a delivery question for the country named, and lists only the methods without destinations', async () => {
    const policy = loadShopPolicy();
    const say = conversation(shop.dialogue({ policy }));
    const germany = await say({
      text: 'do you ship to Germany?',
      intent: 'delivery.options',
      entities: [entity('country', 'DE', 'Germany')],
    });
    expect(replyText(germany)).toMatch(/Germany with DHL Express: 2–4 working days, £12\.95/);
    const later = await say({ text: 'how long does it take?', intent: 'delivery.time' });
    expect(replyText(later)).toMatch(/Germany/);
    const { destinations: _none, ...without } = policy;
    const plain = conversation(
      shop.dialogue({ policy: { ...without, deliveryAreas: { en: 'UK only.', zh: '仅限英国。' } } }),
    );
    const text = replyText(
      await plain({
        text: 'do you ship to Germany?',
        intent: 'delivery.options',
        entities: [entity('country', 'DE', 'Germany')],
      }),
    );
    expect(text).toMatch(/Standard delivery/);
    expect(text).toMatch(/UK only\./);
    expect(text).not.toMatch(/Germany|Europe/);
  });
});
