import { conversation, orderAndEmail, replyText } from './fake-context';
import { FakeShop, order } from './fake-shop';

describe('dialogue engine', () => {
  let shop: FakeShop;
  beforeEach(() => {
    shop = new FakeShop();
    shop.orders.set('10234', order('10234'));
  });

  it('fills several slots from one message and links the verified customer', async () => {
    const say = conversation(shop.dialogue());
    const ctx = await say({
      text: 'order 10234, email ann@example.com',
      intent: 'order.track',
      entities: orderAndEmail('10234'),
    });
    expect(replyText(ctx)).toContain('TRK1');
    expect(ctx.links).toEqual(['cust-1']);
    expect(ctx.conversation.state.lastOrderId).toBe('10234');
    expect(ctx.conversation.state.form).toBeUndefined();
  });

  it('answers a wrong proof and an unknown order with the same words', async () => {
    const wrong = conversation(shop.dialogue());
    await wrong({ text: 'track 10234', intent: 'order.track', entities: [{ type: 'order_number', value: '10234' }] });
    const a = await wrong({ text: 'bob@example.com', entities: [{ type: 'email', value: 'bob@example.com' }] });
    const unknown = conversation(shop.dialogue());
    await unknown({ text: 'track 55555', intent: 'order.track', entities: [{ type: 'order_number', value: '55555' }] });
    const b = await unknown({ text: 'bob@example.com', entities: [{ type: 'email', value: 'bob@example.com' }] });
    expect(replyText(a).replace('10234', 'N')).toBe(replyText(b).replace('55555', 'N'));
    expect(replyText(a)).not.toContain('TRK1');
    expect(a.links).toEqual([]);
  });

  it('gives up after three bad answers and offers a person', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'where is my order', intent: 'order.track' });
    await say({ text: 'blue' });
    await say({ text: 'green' });
    const last = await say({ text: 'purple' });
    expect(last.replies[0]?.quickReplies?.map((q) => q.payload)).toContain('handoff:repeated_misunderstanding');
    expect(last.conversation.state.form).toBeUndefined();
  });

  it('hands over when verification is rate limited', async () => {
    shop.failures = 3;
    const say = conversation(shop.dialogue());
    await say({ text: 'track 10234', intent: 'order.track', entities: [{ type: 'order_number', value: '10234' }] });
    const ctx = await say({ text: 'ann@example.com', entities: [{ type: 'email', value: 'ann@example.com' }] });
    expect(ctx.handoffs).toEqual(['verification_failed']);
    expect(replyText(ctx)).not.toContain('TRK1');
  });

  it('answers a digression and resumes the form', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'where is my order', intent: 'order.track' });
    const ctx = await say({ text: 'how do you deliver?', intent: 'delivery.options' });
    expect(ctx.replies).toHaveLength(2);
    expect(replyText(ctx)).toContain('Standard delivery');
    expect(ctx.replies[1]?.text).toMatch(/order number/i);
    expect((ctx.conversation.state.form as { name: string }).name).toBe('order.track');
  });

  it('abandons a form on "never mind" and on 算了', async () => {
    for (const words of ['never mind', '算了']) {
      const say = conversation(shop.dialogue());
      await say({ text: 'where is my order', intent: 'order.track' });
      const ctx = await say({ text: words });
      expect(ctx.conversation.state.form).toBeUndefined();
    }
  });

  it('counts consecutive misunderstandings up to the configured limit', async () => {
    const say = conversation(shop.dialogue({ misunderstandingLimit: 2 }));
    const first = await say({ text: 'blargh' });
    expect(first.handoffs).toEqual([]);
    expect(first.replies[0]?.quickReplies?.length).toBeGreaterThan(0);
    const second = await say({ text: 'blorgh' });
    expect(second.handoffs).toEqual(['repeated_misunderstanding']);
  });

  it('takes an acknowledgement as one, not as the intent the classifier guessed or a misunderstanding', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'asdf' });
    await say({ text: 'qwer' });
    const ack = await say({ text: 'great 👍', intent: 'feedback.review' });
    expect(shop.notes).toEqual([]);
    expect(ack.handoffs).toEqual([]);
    expect(ack.conversation.state.misunderstandings).toBe(0);
    expect(ack.replies[0]?.quickReplies?.length).toBeGreaterThan(0);
  });

  it('steps back on "no thanks" with nothing in progress, instead of acting on a guessed intent', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'asdf' });
    const no = await say({ text: 'no', intent: 'marketing.optout' });
    expect(replyText(no)).not.toMatch(/marketing|unsubscribe/i);
    expect(no.conversation.state.misunderstandings).toBe(0);
    expect(no.replies).toHaveLength(1);
    // Inside a form, "no thanks" still abandons it.
    await say({ text: 'where is my order', intent: 'order.track' });
    const cancelled = await say({ text: 'no thanks' });
    expect(cancelled.conversation.state.form).toBeUndefined();
  });

  it('leaves an acknowledgement inside a form to the form', async () => {
    const say = conversation(shop.dialogue());
    await say({ text: 'where is my order', intent: 'order.track' });
    const ctx = await say({ text: 'ok' });
    expect(replyText(ctx)).not.toMatch(/anything else/i);
    expect(ctx.conversation.state.form).toBeDefined();
  });

  it('offers a person on frustration and hands over when it continues', async () => {
    const say = conversation(shop.dialogue());
    const first = await say({ text: 'useless bot, where is my order', intent: 'order.track', frustrated: true });
    expect(first.replies[0]?.quickReplies?.[0]?.payload).toBe('handoff:frustration');
    const second = await say({ text: 'ridiculous', frustrated: true });
    expect(second.handoffs).toEqual(['frustration']);
  });

  it('handles payloads without NLU', async () => {
    const say = conversation(shop.dialogue());
    const stale = await say({ payload: 'slot:reason:too_small' });
    expect(replyText(stale)).toMatch(/expired|earlier/);
    const human = await say({ payload: 'handoff:complaint' });
    expect(human.handoffs).toEqual(['complaint']);
    const rated = await say({ payload: 'csat:5' });
    expect(shop.notes.map((n) => n.kind)).toEqual(['csat']);
    expect(rated.replies).toHaveLength(1);
  });

  it('sets marketing consent to false for the channel on cmd:stop', async () => {
    const say = conversation(shop.dialogue());
    await say({ payload: 'cmd:stop' });
    expect(shop.consents).toEqual([{ customerId: 'cust-anon', optedIn: false }]);
  });

  it('answers in the turn language', async () => {
    const say = conversation(shop.dialogue());
    const ctx = await say({ text: '你好', intent: 'greeting', lang: 'zh' });
    expect(replyText(ctx)).toMatch(/[\u4e00-\u9fff]/);
  });
});
