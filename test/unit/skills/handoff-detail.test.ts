import { conversation, replyText } from '../dialogue/fake-context';
import { FakeShop } from '../dialogue/fake-shop';

describe('what the shopper adds after asking for a person', () => {
  it('goes on the follow-up ticket the request became, and is said to', async () => {
    const shop = new FakeShop();
    const say = conversation(shop.dialogue());
    await say({ text: 'can I talk to someone about a wholesale order?', intent: 'agent.request' });
    // The handoff layer turned the request into a ticket (no one could take it live).
    shop.notes.push({
      id: 'T1',
      kind: 'ticket',
      conversationId: 'test:c1',
      text: 'Follow up by email (desk_unavailable): shopper_request',
      data: { cause: 'desk_unavailable' },
      at: '2026-01-15T09:00:00.000Z',
    });
    const added = await say({ text: "we're a boutique in Leeds" });
    expect(replyText(added)).toMatch(/added that to your request/);
    expect(shop.notes[0]?.data?.details).toEqual(["we're a boutique in Leeds"]);
  });

  it('is a misunderstanding when no request is waiting', async () => {
    const shop = new FakeShop();
    const say = conversation(shop.dialogue());
    await say({ text: 'can I talk to someone?', intent: 'agent.request' });
    const reply = await say({ text: 'blah blah' });
    expect(replyText(reply)).not.toMatch(/added that/);
    expect(shop.notes).toHaveLength(0);
  });
});
