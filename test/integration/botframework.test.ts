import type { BotFrameworkConfig } from '../../adapters/botframework';
import { type BotFrameworkHarness, startBotFramework } from '../support/botframework-harness';
import { EchoHandler, echo } from '../support/echo-handler';

const emulatorConfig: BotFrameworkConfig = {
  MICROSOFT_APP_ID: undefined,
  MICROSOFT_APP_PASSWORD: undefined,
  MICROSOFT_APP_TENANT_ID: undefined,
  MICROSOFT_APP_TYPE: 'MultiTenant',
  BOTFRAMEWORK_EMULATOR_MODE: true,
};

function activity(serviceUrl: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: 'act-1',
    channelId: 'emulator',
    serviceUrl,
    timestamp: '2026-01-15T10:00:00.000Z',
    locale: 'zh-CN',
    from: { id: 'user-1', name: 'Ada' },
    recipient: { id: 'bot-1', name: 'Concierge' },
    conversation: { id: 'conv-1' },
    ...fields,
  };
}

describe('Bot Framework adapter (emulator mode)', () => {
  let bf: BotFrameworkHarness;

  beforeEach(async () => {
    bf = await startBotFramework(
      emulatorConfig,
      new EchoHandler(echo([{ label: 'Track order', payload: 'intent:order_status' }])),
    );
  });

  afterEach(() => bf.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bf.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('parses a message and replies on the connector with suggested actions carrying payloads', async () => {
    const res = await post(activity(bf.serviceUrl, { text: 'hello bot' }));
    expect(res.status).toBe(200);

    expect(bf.handler.messages[0]).toMatchObject({
      channel: 'botframework',
      deliveryId: 'act-1',
      channelUserId: 'user-1',
      channelConversationId: 'conv-1',
      text: 'hello bot',
      localeHint: 'zh-CN',
      ref: { serviceUrl: bf.serviceUrl, botId: 'bot-1', channelConversationId: 'conv-1', channelUserId: 'user-1' },
      channelData: { channelId: 'emulator' },
    });
    expect(bf.connector.calls).toHaveLength(1);
    const [call] = bf.connector.calls;
    expect(call).toMatchObject({ conversationId: 'conv-1', replyToId: 'act-1' });
    expect(call?.activity).toMatchObject({
      type: 'message',
      text: 'echo: hello bot',
      replyToId: 'act-1',
      recipient: { id: 'user-1' },
      suggestedActions: {
        actions: [
          {
            type: 'messageBack',
            title: 'Track order',
            displayText: 'Track order',
            value: { payload: 'intent:order_status' },
          },
        ],
      },
    });
  });

  it('routes the value of a pressed button as the payload', async () => {
    await post(
      activity(bf.serviceUrl, { id: 'act-2', text: 'Track order', value: { payload: 'intent:order_status' } }),
    );
    expect(bf.handler.messages[0]).toMatchObject({ payload: 'intent:order_status' });
    expect(bf.handler.messages[0]?.text).toBeUndefined();
    expect(bf.connector.calls[0]?.activity.text).toBe('pressed intent:order_status');
  });

  it('renders product cards as hero cards in a carousel', async () => {
    bf.handler.replies = () => [
      {
        text: 'Two picks:',
        cards: [
          {
            id: 'p1',
            title: 'Linen shirt',
            price: '£24.00',
            subtitle: 'Breathable',
            imageUrl: 'https://cdn.example.com/shirt.jpg',
            buttons: [
              { label: 'Details', payload: 'product:p1' },
              { label: 'View online', url: 'https://shop.example.com/p/p1' },
            ],
          },
          { id: 'p2', title: 'Canvas tote' },
        ],
      },
    ];
    await post(activity(bf.serviceUrl, { id: 'act-3', text: 'shirts' }));
    const sent = bf.connector.calls[0]?.activity;
    expect(sent).toMatchObject({ text: 'Two picks:', attachmentLayout: 'carousel' });
    const attachments = sent?.attachments as Array<{ contentType: string; content: Record<string, unknown> }>;
    expect(attachments).toHaveLength(2);
    expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(attachments[0]?.content).toMatchObject({
      title: 'Linen shirt',
      subtitle: '£24.00',
      text: 'Breathable',
      images: [{ url: 'https://cdn.example.com/shirt.jpg' }],
      buttons: [
        { type: 'messageBack', title: 'Details', value: { payload: 'product:p1' } },
        { type: 'openUrl', title: 'View online', value: 'https://shop.example.com/p/p1' },
      ],
    });
    expect(attachments[1]?.content).toMatchObject({ title: 'Canvas tote', images: [] });
  });

  it('greets a member added to the conversation with cmd:start, but not the bot itself', async () => {
    await post(
      activity(bf.serviceUrl, {
        type: 'conversationUpdate',
        id: 'act-4',
        text: undefined,
        membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }],
      }),
    );
    await post(
      activity(bf.serviceUrl, {
        type: 'conversationUpdate',
        id: 'act-5',
        text: undefined,
        membersAdded: [{ id: 'bot-1' }],
      }),
    );
    expect(bf.handler.messages.map((m) => [m.payload, m.channelUserId])).toEqual([['cmd:start', 'user-1']]);
    expect(bf.connector.calls).toHaveLength(1);
  });

  it('ignores activity types it does not answer and does not answer a duplicate delivery twice', async () => {
    expect((await post(activity(bf.serviceUrl, { type: 'typing', id: 'act-6' }))).status).toBe(200);
    await post(activity(bf.serviceUrl, { id: 'act-7', text: 'once' }));
    await post(activity(bf.serviceUrl, { id: 'act-7', text: 'once' }));
    expect(bf.handler.messages).toHaveLength(2);
    expect(bf.connector.calls).toHaveLength(1);
  });

  it('rejects a body that is not an activity', async () => {
    expect((await post({ hello: 'world' })).status).toBe(400);
    const notJson = await fetch(`${bf.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(notJson.status).toBe(400);
    expect(bf.handler.messages).toHaveLength(0);
  });

  it('sends a proactive message to a stored conversation reference', async () => {
    await bf.adapter.sender.send(
      {
        channel: 'botframework',
        channelConversationId: 'conv-9',
        channelUserId: 'user-9',
        serviceUrl: bf.serviceUrl,
        botId: 'bot-1',
      },
      [{ text: 'Your parcel is out for delivery.', quickReplies: [{ label: 'Track', payload: 'intent:track' }] }],
    );
    expect(bf.connector.calls).toHaveLength(1);
    expect(bf.connector.calls[0]?.conversationId).toBe('conv-9');
    expect(bf.connector.calls[0]?.activity).toMatchObject({
      text: 'Your parcel is out for delivery.',
      conversation: { id: 'conv-9' },
      from: { id: 'bot-1' },
      recipient: { id: 'user-9' },
      suggestedActions: { actions: [{ value: { payload: 'intent:track' } }] },
    });
  });

  it('renders a proactive message for the channel the conversation is on (Teams: buttons on a card)', async () => {
    await bf.adapter.sender.send(
      {
        channel: 'botframework',
        channelConversationId: 'conv-teams',
        channelUserId: 'user-9',
        serviceUrl: bf.serviceUrl,
        botId: 'bot-1',
        subChannel: 'msteams',
      },
      [{ text: 'Your parcel is out for delivery.', quickReplies: [{ label: 'Track', payload: 'intent:track' }] }],
    );
    const sent = bf.connector.calls.map((c) => c.activity);
    expect(sent.some((a) => a.channelId === 'msteams')).toBe(true);
    expect(sent.every((a) => a.suggestedActions === undefined)).toBe(true);
    expect(JSON.stringify(sent)).toContain('intent:track');
  });
});
