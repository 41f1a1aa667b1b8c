import type { Clock } from '../../src/core/clock';
import type { ActionResult, Handoff, HandoffService } from '../../src/handoff';

export const HELP = [
  '`/concierge list` — open handoffs',
  '`/concierge claim <id>` — take a waiting handoff',
  '`/concierge resolve <id>` — give the conversation back to the bot',
  '`/concierge note <id> <text>` — internal note (never sent to the shopper)',
  'In a handoff thread, start a reply with `!note` to keep it internal.',
].join('\n');

function describeOpen(h: Handoff, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(h.createdAt)) / 60_000));
  const who = h.status === 'agent' && h.agentId ? `claimed by <@${h.agentId}>` : 'waiting';
  return `• \`${h.id}\` ${who} · ${h.reason} · ${minutes} min`;
}

export function describeResult(verb: string, id: string, result: ActionResult): string {
  if (result.ok) return `Handoff \`${id}\` ${verb}.`;
  switch (result.reason) {
    case 'not_found':
      return `No handoff \`${id}\`.`;
    case 'closed':
      return `Handoff \`${id}\` is already closed.`;
    case 'already_claimed':
      return `Handoff \`${id}\` is already claimed${result.handoff?.agentId ? ` by <@${result.handoff.agentId}>` : ''}.`;
  }
}

/** `/concierge <sub> …` → the ephemeral answer the agent sees. */
export async function runCommand(handoff: HandoffService, clock: Clock, userId: string, text: string): Promise<string> {
  // The note keeps its own line breaks, so only the first two words are split off.
  const match = /^(\S*)\s*(\S*)\s*([\s\S]*)$/.exec(text.trim());
  const [, sub = '', id = '', rest = ''] = match ?? [];
  switch (sub.toLowerCase()) {
    case 'list': {
      const open = await handoff.listOpen();
      const now = clock.now();
      return open.length ? `Open handoffs:\n${open.map((h) => describeOpen(h, now)).join('\n')}` : 'No open handoffs.';
    }
    case 'claim':
      return id ? describeResult('claimed', id, await handoff.claim(id, userId)) : 'Usage: `/concierge claim <id>`';
    case 'resolve':
      return id
        ? describeResult('resolved', id, await handoff.resolve(id, userId))
        : 'Usage: `/concierge resolve <id>`';
    case 'note': {
      const note = rest.trim();
      if (!id || !note) return 'Usage: `/concierge note <id> <text>`';
      return (await handoff.addNote(id, userId, note))
        ? `Note saved on \`${id}\` (internal).`
        : `No handoff \`${id}\`.`;
    }
    default:
      return HELP;
  }
}
