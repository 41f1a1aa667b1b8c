import { z } from 'zod';
import type { Reply } from '../../src/core/message';

/**
 * Request bodies of the web chat API. Objects are strict (unknown keys are rejected) and every field
 * that should be a string must be one, so operator objects like `{"$gt": ""}` never get through.
 */
const lang = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag like "en" or "zh-CN"')
  .max(35);

export const sessionBody = z
  .object({
    token: z.string().min(1).max(512).optional(),
    lang: lang.optional(),
  })
  .strict();

const clientMessageId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 letters, digits, "-" or "_"')
  .optional();

const textMessage = z
  .object({
    text: z.string().trim().min(1, 'text must not be empty').max(2000),
    clientMessageId,
    lang: lang.optional(),
  })
  .strict();

/** A pressed button: the payload, plus the label the shopper saw (stored as the message text). */
const payloadMessage = z
  .object({
    payload: z.string().trim().min(1).max(200),
    label: z.string().trim().min(1).max(200).optional(),
    clientMessageId,
    lang: lang.optional(),
  })
  .strict();

export const messageBody = z.union([textMessage, payloadMessage]);
export type MessageBody = z.infer<typeof messageBody>;

/** Query of the event stream: EventSource cannot send headers, so the token travels here. */
export const eventsQuery = z.object({ token: z.string().min(1).max(512) });

/** One line of `GET /api/webchat/history`. */
export interface HistoryItem {
  from: 'user' | 'bot' | 'agent' | 'system';
  text: string;
  reply?: Reply;
  at: string;
}

/** Turns the first zod issue into a short, safe message for the client. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  if (issue.code === 'invalid_union') return 'expected { text } or { payload } with string values';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
