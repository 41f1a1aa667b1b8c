import type { types } from '@slack/bolt';
import type { HandoffSummary } from '../../src/handoff';

type KnownBlock = types.KnownBlock;

export const ACTION_CLAIM = 'concierge_claim';
export const ACTION_RESOLVE = 'concierge_resolve';

/** Slack's limits: section text 3000 chars, header 150, 10 fields of 2000. We stay well inside. */
const TRANSCRIPT_CHARS = 2800;
const LINE_CHARS = 280;

/** Slack mrkdwn treats these three as control characters; shopper text must not inject mentions or links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SPEAKER = { shopper: 'Shopper', bot: 'Bot', agent: 'Agent', system: 'Notice' } as const;

export function statusLine(summary: HandoffSummary): string {
  const agent = summary.agentId ? `<@${summary.agentId}>` : 'an agent';
  switch (summary.status) {
    case 'pending':
      return ':hourglass_flowing_sand: Waiting for an agent — reply in this thread or press Claim.';
    case 'agent':
      return `:large_green_circle: Claimed by ${agent}. Replies in this thread go to the shopper; start a reply with \`!note\` to keep it internal.`;
    case 'resolved':
      return `:white_check_mark: Resolved by ${agent}. The bot has the conversation again.`;
    case 'timed_out':
      return ':zzz: Timed out unclaimed. The shopper was offered an email follow-up (ticket).';
  }
}

function customerText(summary: HandoffSummary): string {
  const { name, email, verified } = summary.customer;
  const who = [name, email].filter(Boolean).map((s) => escapeMrkdwn(s as string));
  return `${who.length ? who.join(' · ') : 'Anonymous visitor'}${verified ? ' (verified)' : ''}`;
}

function transcriptText(summary: HandoffSummary): string {
  const lines = summary.transcript.map(
    (l) => `*${SPEAKER[l.from]}:* ${escapeMrkdwn(clip(l.text.replace(/\s+/g, ' '), LINE_CHARS))}`,
  );
  // Keep the newest lines when the whole transcript would be too long.
  while (lines.join('\n').length > TRANSCRIPT_CHARS && lines.length > 1) lines.shift();
  return lines.length ? lines.join('\n') : '_no messages yet_';
}

/** Plain-text fallback: notifications and screen readers use it. */
export function headerFallback(summary: HandoffSummary): string {
  return `Handoff ${summary.handoffId} (${summary.reason}) from ${summary.channel}: ${summary.status}`;
}

/** The thread's header message: who, why, what about, what was said, and the buttons. */
export function headerBlocks(summary: HandoffSummary): KnownBlock[] {
  const fields: { type: 'mrkdwn'; text: string }[] = [
    { type: 'mrkdwn', text: `*Customer*\n${customerText(summary)}` },
    { type: 'mrkdwn', text: `*Channel · language*\n${summary.channel} · ${summary.lang}` },
    {
      type: 'mrkdwn',
      text: `*Reason*\n${summary.reason}${summary.detail ? ` — ${escapeMrkdwn(clip(summary.detail, 200))}` : ''}`,
    },
    {
      type: 'mrkdwn',
      text: `*Recent intents*\n${summary.recentIntents.length ? summary.recentIntents.slice(-5).join(' → ') : '—'}`,
    },
  ];
  if (summary.order) {
    const o = summary.order;
    fields.push({ type: 'mrkdwn', text: `*Order*\n#${escapeMrkdwn(o.id)} · ${o.status} · ${o.total} · ${o.placedAt}` });
  }
  if (summary.propensity !== undefined) {
    fields.push({ type: 'mrkdwn', text: `*Purchase propensity*\n${Math.round(summary.propensity * 100)}%` });
  }

  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Handoff ${summary.handoffId}` } },
    { type: 'section', text: { type: 'mrkdwn', text: statusLine(summary) } },
    { type: 'section', fields },
    { type: 'section', text: { type: 'mrkdwn', text: `*Recent messages*\n${transcriptText(summary)}` } },
  ];
  const open = summary.status === 'pending' || summary.status === 'agent';
  if (open) {
    blocks.push({
      type: 'actions',
      block_id: 'concierge_handoff',
      elements: [
        ...(summary.status === 'pending'
          ? [
              {
                type: 'button' as const,
                action_id: ACTION_CLAIM,
                text: { type: 'plain_text' as const, text: 'Claim' },
                style: 'primary' as const,
                value: summary.handoffId,
              },
            ]
          : []),
        {
          type: 'button',
          action_id: ACTION_RESOLVE,
          text: { type: 'plain_text', text: 'Resolve' },
          value: summary.handoffId,
          confirm: {
            title: { type: 'plain_text', text: 'Resolve this handoff?' },
            text: { type: 'mrkdwn', text: 'The bot takes the conversation back and asks the shopper for a rating.' },
            confirm: { type: 'plain_text', text: 'Resolve' },
            deny: { type: 'plain_text', text: 'Cancel' },
          },
        },
      ],
    });
  }
  return blocks;
}
