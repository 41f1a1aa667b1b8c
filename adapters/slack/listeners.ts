import type { App, BlockButtonAction } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../src/core/clock';
import type { HandoffService } from '../../src/handoff';
import { ACTION_CLAIM, ACTION_RESOLVE } from './blocks';
import { describeResult, runCommand } from './commands';
import type { SlackDesk } from './desk';

/** A thread reply starting with this stays in Slack as an internal note. */
const NOTE_PREFIX = /^!note\b\s*/i;

export const SLASH_COMMAND = '/concierge';

/**
 * The logic half of the Slack adapter: what agents' thread replies, button presses and slash commands
 * mean. Everything it decides is delegated to the HandoffService.
 */
export function registerListeners(
  app: App,
  deps: { handoff: HandoffService; desk: SlackDesk; clock: Clock; log: Logger },
) {
  const { handoff, desk, clock, log } = deps;

  app.event('message', async ({ event }) => {
    // Edits, joins, bot posts (including our own relays) carry a subtype or bot_id: only people count.
    // A reply also sent to the channel ("thread_broadcast") is still a reply.
    if (event.subtype !== undefined && event.subtype !== 'thread_broadcast') return;
    if (event.subtype === undefined && event.bot_id) return;
    const threadTs = event.thread_ts ?? (event.subtype === 'thread_broadcast' ? event.root.thread_ts : undefined);
    if (!threadTs || threadTs === event.ts) return;
    const text = event.text?.trim();
    if (!text || !event.user) return;
    const thread = { channel: event.channel, ts: threadTs };

    if (NOTE_PREFIX.test(text)) {
      const found = await handoff.findByThread(thread);
      if (!found) return;
      await handoff.addNote(found.id, event.user, text.replace(NOTE_PREFIX, ''));
      await desk.tellAgent(
        event.channel,
        event.user,
        'Internal note saved (not sent to the shopper).',
        event.thread_ts,
      );
      return;
    }
    const result = await handoff.agentReply(thread, event.user, text);
    if (!result.ok && result.reason === 'not_found') return; // an ordinary thread, not a handoff
    log.debug({ handoffId: result.handoff?.id, ok: result.ok }, 'agent reply handled');
  });

  const button = (
    actionId: string,
    verb: string,
    run: (id: string, user: string) => ReturnType<HandoffService['claim']>,
  ) =>
    app.action<BlockButtonAction>(actionId, async ({ ack, action, body }) => {
      await ack(); // first: the state change and chat.update may take longer than Slack waits
      const id = action.value ?? '';
      const result = await run(id, body.user.id);
      if (!result.ok && body.channel?.id) {
        await desk.tellAgent(body.channel.id, body.user.id, describeResult(verb, id, result), body.message?.ts);
      }
    });
  button(ACTION_CLAIM, 'claimed', (id, user) => handoff.claim(id, user));
  button(ACTION_RESOLVE, 'resolved', (id, user) => handoff.resolve(id, user));

  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    const text = await runCommand(handoff, clock, command.user_id, command.text);
    await ack({ response_type: 'ephemeral', text });
  });

  app.error(async (error) => {
    log.error({ err: error, code: error.code }, 'slack listener error');
  });
}
