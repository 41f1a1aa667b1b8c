import { CloudAdapter, type ConversationReference, ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import { type Clock, systemClock } from '../../src/core/clock';
import { ChannelError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import type { ConversationRef, Reply } from '../../src/core/message';
import type { ChannelSender, MessageHandler } from '../../src/core/ports';
import type { ChannelAdapter } from '../shared/channel-adapter';
import { type BotFrameworkAuthSettings, type BotFrameworkConfig, createAuthentication } from './config';
import { messageFromActivity } from './parse';
import { botFrameworkRouter } from './receiver';
import { renderReply } from './render';

export type { BotFrameworkAuthSettings, BotFrameworkConfig } from './config';

export interface BotFrameworkAdapterDeps {
  config: BotFrameworkConfig;
  handler: MessageHandler;
  log: Logger;
  clock?: Clock;
  /** Extra authentication settings (sovereign clouds; local OpenID metadata in tests). */
  authSettings?: BotFrameworkAuthSettings;
}

/**
 * Bot Framework (Azure Bot Service: Teams, Web Chat, Direct Line, the Emulator) through botbuilder's
 * CloudAdapter. Kept thin on purpose — botbuilder is in maintenance mode upstream and this file is
 * the part to swap for its successor.
 */
export function createBotFrameworkAdapter(deps: BotFrameworkAdapterDeps): ChannelAdapter {
  const { config, handler } = deps;
  const log = deps.log.child({ channel: 'botframework' });
  const clock = deps.clock ?? systemClock;
  const { auth, authEnabled } = createAuthentication(config, deps.authSettings);
  if (!authEnabled) log.warn('Bot Framework authentication is OFF (emulator mode); never expose this publicly');

  const cloud = new CloudAdapter(auth);
  // Typing only appears when a turn takes longer than half a second.
  cloud.use(new ShowTypingMiddleware());
  cloud.onTurnError = async (context, err) => {
    log.error({ err, activityType: context.activity.type }, 'bot framework turn failed');
  };

  async function onTurn(context: TurnContext): Promise<void> {
    const message = messageFromActivity(context.activity, clock.now());
    if (!message) return;
    const result = await handler.handle(message);
    if (result.duplicate) return;
    await send(context, result.replies, context.activity.channelId);
  }

  async function send(context: TurnContext, replies: Reply[], bfChannelId?: string): Promise<void> {
    const activities = replies.flatMap((r) => renderReply(r, bfChannelId));
    if (activities.length > 0) await context.sendActivities(activities);
  }

  const router = botFrameworkRouter({ cloud, auth, onTurn, log });

  const sender: ChannelSender = {
    channel: 'botframework',
    async send(ref: ConversationRef, replies: Reply[]) {
      if (!ref.serviceUrl || !ref.botId) {
        throw new ChannelError('botframework: conversation reference lacks serviceUrl or botId');
      }
      const reference: Partial<ConversationReference> = {
        serviceUrl: ref.serviceUrl,
        ...(ref.subChannel ? { channelId: ref.subChannel } : {}),
        bot: { id: ref.botId, name: '' },
        user: { id: ref.channelUserId, name: '' },
        conversation: {
          id: ref.channelConversationId,
          isGroup: false,
          conversationType: '',
          name: '',
          ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
        },
      };
      try {
        await cloud.continueConversationAsync(config.MICROSOFT_APP_ID ?? '', reference, (context) =>
          send(context, replies, ref.subChannel),
        );
      } catch (err) {
        throw new ChannelError('botframework: proactive send failed', undefined, { cause: err });
      }
    },
  };

  return {
    channel: 'botframework',
    router,
    sender,
    // Nothing to connect: the channel calls us. Turns finish inside their HTTP request.
    start: async () => {},
    stop: async () => {},
  };
}
