/**
 * Tickets: notes asking the team to do by hand what the bot cannot (email a shopper back, send a
 * copy of an invoice). They are listed by `GET /api/admin/notes?kind=ticket`. A shopper who asks
 * twice must not make two tickets, so each request is recorded once per conversation and subject.
 */

import type { Note } from '../store/entities';
import { readableId } from '../store/record-ids';
import type { NoteRepo } from '../store/repositories';

/** How long a follow-up ticket stands: asking again within it adds none, and an email given within it joins it. */
export const FOLLOW_UP_WINDOW_MS = 12 * 60 * 60 * 1000;

export interface TicketRequest {
  conversationId: string;
  customerId?: string | undefined;
  /** One line the team reads in the inbox. */
  text: string;
  /** What makes two tickets the same request: every field must match (a cause, an order). */
  subject: Record<string, string>;
  /** More for the team (email, channel, language); the subject's fields are added to it. */
  data?: Record<string, unknown>;
  at: Date;
  /** Only a ticket this recent is the same request; without it, any earlier one is. */
  withinMs?: number;
}

/** Records the ticket unless the conversation already has one for the same subject; true if it did. */
export async function recordTicketOnce(
  notes: Pick<NoteRepo, 'add' | 'list'>,
  request: TicketRequest,
): Promise<boolean> {
  const { conversationId, subject, at, withinMs } = request;
  const earliest = withinMs === undefined ? Number.NEGATIVE_INFINITY : at.getTime() - withinMs;
  const earlier = await notes.list('ticket', { conversationId });
  const same = earlier.some(
    (t) => Date.parse(t.at) > earliest && Object.entries(subject).every(([k, v]) => t.data?.[k] === v),
  );
  if (same) return false;
  await notes.add({
    id: readableId('T'),
    kind: 'ticket',
    conversationId,
    ...(request.customerId ? { customerId: request.customerId } : {}),
    text: request.text,
    data: { ...request.data, ...subject },
    at: at.toISOString(),
  });
  return true;
}

/** The conversation's newest ticket within `withinMs` of `at` that `wanted` accepts, or undefined. */
async function latestRecentTicket(
  notes: Pick<NoteRepo, 'list'>,
  recent: { conversationId: string; at: Date; withinMs: number },
  wanted: (ticket: Note) => boolean,
): Promise<Note | undefined> {
  const earliest = recent.at.getTime() - recent.withinMs;
  const tickets = await notes.list('ticket', { conversationId: recent.conversationId, newestFirst: true });
  return tickets.find((t) => Date.parse(t.at) > earliest && wanted(t));
}

/**
 * The email a shopper gives after being told "leave your email address here": it goes on the latest
 * ticket of the conversation that has none, if that ticket is recent. Returns the ticket, or null
 * when no ticket waits for an address.
 */
export async function addReplyEmail(
  notes: Pick<NoteRepo, 'list' | 'replace'>,
  request: { conversationId: string; email: string; at: Date; withinMs: number },
): Promise<Note | null> {
  const waiting = await latestRecentTicket(notes, request, (t) => typeof t.data?.email !== 'string');
  if (!waiting) return null;
  const ticket: Note = {
    ...waiting,
    text: `${waiting.text} (reply to ${request.email})`,
    data: { ...waiting.data, email: request.email },
  };
  await notes.replace(ticket);
  return ticket;
}

/** How many of the shopper's own lines a follow-up ticket keeps. */
const MAX_DETAILS = 5;

/**
 * What the shopper says right after being told the team will reply ("we're a boutique in Leeds"): it
 * goes on the latest recent follow-up ticket of the conversation, for the team to read. Returns the
 * ticket, or null when none is waiting (or it holds as many lines as it keeps).
 */
export async function addTicketDetail(
  notes: Pick<NoteRepo, 'list' | 'replace'>,
  request: { conversationId: string; detail: string; at: Date; withinMs: number },
): Promise<Note | null> {
  const waiting = await latestRecentTicket(notes, request, (t) => typeof t.data?.cause === 'string');
  if (!waiting) return null;
  const earlier = Array.isArray(waiting.data?.details) ? (waiting.data.details as unknown[]).map(String) : [];
  if (earlier.length >= MAX_DETAILS) return null;
  const detail = request.detail.trim().slice(0, 500);
  const ticket: Note = {
    ...waiting,
    text: `${waiting.text} | shopper: ${detail}`,
    data: { ...waiting.data, details: [...earlier, detail] },
  };
  await notes.replace(ticket);
  return ticket;
}
