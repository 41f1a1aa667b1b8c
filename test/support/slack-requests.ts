/** Requests to /slack/events as Slack signs them, with the signing secret the test servers are given. */
import { slackSignature } from '../../adapters/slack/signature';
import type { Clock } from '../../src/core/clock';

export const SLACK_SECRET = 'test-signing-secret-0123456789abcdef';

/** A request to /slack/events signed with the test secret at the clock's time (or as overridden). */
export function postSlack(
  url: string,
  clock: Clock,
  body: string,
  contentType: string,
  options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(clock.now().getTime() / 1000);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(SLACK_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

/** An Events API envelope (see slack-payloads `messageEvent`), signed. */
export function postSlackEvent(url: string, clock: Clock, envelope: unknown, headers?: Record<string, string>) {
  return postSlack(url, clock, JSON.stringify(envelope), 'application/json', headers ? { headers } : {});
}

/** An interactivity payload (a pressed button), form-encoded and signed. */
export function postSlackAction(url: string, clock: Clock, payload: unknown) {
  const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSlack(url, clock, form, 'application/x-www-form-urlencoded');
}
