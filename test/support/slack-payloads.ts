/** What Slack posts to us: Events API envelopes, button presses and slash commands. */
import { FAKE_BOT_USER_ID } from './fake-slack-api';

let eventSeq = 0;

/** An Events API envelope around a message event, as Slack sends it. */
export function messageEvent(event: Record<string, unknown>, eventId = `Ev${++eventSeq}`) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1768471300,
    authorizations: [{ team_id: 'T1', user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event: { type: 'message', channel: 'CSUPPORT', channel_type: 'channel', ts: `1768471300.${eventSeq}`, ...event },
  };
}

/** A block_actions payload for one of our header buttons. */
export function buttonPress(actionId: string, handoffId: string, threadTs: string, userId = 'UAGENT') {
  return {
    type: 'block_actions',
    user: { id: userId, username: 'agent', name: 'agent', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    team: { id: 'T1', domain: 'shop' },
    channel: { id: 'CSUPPORT', name: 'support' },
    container: { type: 'message', message_ts: threadTs, channel_id: 'CSUPPORT', is_ephemeral: false },
    message: { type: 'message', ts: threadTs, text: 'Handoff' },
    trigger_id: '1.2.3',
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'concierge_handoff',
        value: handoffId,
        action_ts: '1768471301.1',
      },
    ],
  };
}

/** A slash command form, as Slack posts it. */
export function slashCommand(text: string, userId = 'UAGENT'): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'shop',
    channel_id: 'CSUPPORT',
    channel_name: 'support',
    user_id: userId,
    user_name: 'agent',
    command: '/concierge',
    text,
    api_app_id: 'A1',
    trigger_id: '1.2.3',
  };
}
