import type { Activity } from 'botbuilder';
import { messageFromActivity, payloadFromValue } from './parse';
import { authFailureStatus } from './receiver';
import { renderReply } from './render';

const reply = {
  text: 'How can I help?',
  quickReplies: [
    { label: 'Track order', payload: 'intent:order_status' },
    { label: 'Returns', payload: 'intent:return' },
  ],
};

describe('renderReply (Bot Framework)', () => {
  it('uses suggested actions with messageBack by default', () => {
    const [a] = renderReply(reply);
    expect(a?.suggestedActions?.actions.map((x) => [x.type, x.value])).toEqual([
      ['messageBack', { payload: 'intent:order_status' }],
      ['messageBack', { payload: 'intent:return' }],
    ]);
  });

  it('puts quick replies on a button card in Teams, where suggested actions lose payloads', () => {
    const activities = renderReply(reply, 'msteams');
    expect(activities).toHaveLength(1);
    const card = activities[0]?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content).toMatchObject({ text: 'How can I help?', buttons: [{ type: 'messageBack' }, {}] });
    expect(activities[0]?.suggestedActions).toBeUndefined();
  });

  it('degrades to plain text on text-only channels', () => {
    const [a] = renderReply({ ...reply, cards: [{ id: 'p', title: 'Mug', price: '£5' }] }, 'sms');
    expect(a?.text).toBe('How can I help?\n• Mug — £5\n1. Track order\n2. Returns');
    expect(a?.attachments).toBeUndefined();
  });
});

describe('messageFromActivity', () => {
  const base = {
    type: 'message',
    id: 'a1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:user', name: 'Ada' },
    recipient: { id: '28:bot', name: 'Shop' },
    conversation: { id: 'a:conv', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  };

  it('strips the mention of the bot Teams adds in group chats', () => {
    const m = messageFromActivity(
      {
        ...base,
        text: '<at>Shop</at> where is my order',
        entities: [{ type: 'mention', text: '<at>Shop</at>', mentioned: { id: '28:bot', name: 'Shop' } }],
      } as unknown as Activity,
      new Date(0),
    );
    expect(m?.text).toBe('where is my order');
    expect(m?.ref).toMatchObject({ botId: '28:bot', tenantId: 'tenant-1', serviceUrl: base.serviceUrl });
  });

  it('does not greet group conversations', () => {
    const update = { ...base, type: 'conversationUpdate', conversation: { id: 'c', isGroup: true } };
    expect(
      messageFromActivity({ ...update, membersAdded: [{ id: '29:new' }] } as unknown as Activity, new Date(0)),
    ).toBe(undefined);
  });

  it('reads payloads from our buttons and from plain string values', () => {
    expect(payloadFromValue({ payload: 'cmd:help' })).toBe('cmd:help');
    expect(payloadFromValue('csat:5')).toBe('csat:5');
    expect(payloadFromValue({ other: 1 })).toBeUndefined();
  });
});

describe('authFailureStatus', () => {
  it('treats invalid tokens as 401 and failures to check them as 500', () => {
    expect(authFailureStatus({ statusCode: 401 })).toBe(401);
    expect(authFailureStatus({ name: 'JsonWebTokenError' })).toBe(401);
    expect(authFailureStatus({ name: 'TokenExpiredError' })).toBe(401);
    expect(authFailureStatus({ statusCode: 500, message: 'Failed to load openID config: 503' })).toBe(500);
  });
});
