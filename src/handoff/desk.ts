import type { ChannelId, Lang } from '../core/message';
import type { Handoff } from '../store/entities';

/** Where an agent-desk thread lives (for Slack: channel id and the header message's ts). */
export interface ThreadRef {
  channel: string;
  ts: string;
}

export interface TranscriptLine {
  direction: 'in' | 'out';
  /** Who spoke: the shopper ('in'), or the bot, an agent or the system ('out'). */
  from: 'shopper' | 'bot' | 'agent' | 'system';
  text: string;
  at: string;
}

/** What an agent needs to pick up a conversation without asking the shopper to repeat themselves. */
export interface HandoffSummary {
  handoffId: string;
  status: Handoff['status'];
  customer: { id?: string; name?: string; email?: string; verified: boolean };
  channel: ChannelId;
  lang: Lang;
  reason: string;
  detail?: string;
  /** Intents of the shopper's last messages, newest last, without repeats in a row. */
  recentIntents: string[];
  /** The order the conversation is about, when the dialogue recorded one. */
  order?: { id: string; status: string; total: string; placedAt: string };
  /** The last few messages, oldest first. */
  transcript: TranscriptLine[];
  /** Purchase propensity 0..1, when a scorer is wired. */
  propensity?: number;
  agentId?: string;
}

/**
 * The agent desk as the handoff state machine sees it. Slack implements it (adapters/slack); another
 * desk (email, a helpdesk tool) could. Calls may fail: the state machine logs and carries on.
 */
export interface AgentDesk {
  /** Opens the thread that carries this handoff and returns where it lives. */
  openThread(handoff: Handoff, summary: HandoffSummary): Promise<ThreadRef>;
  /** Relays one shopper message into the handoff's thread. */
  postShopperMessage(handoff: Handoff, text: string): Promise<void>;
  /** Re-renders the thread header after a status change (claimed, resolved, timed out). */
  updateStatus(handoff: Handoff, summary: HandoffSummary): Promise<void>;
  /** Posts an internal notice into the thread (never shown to the shopper). */
  postNotice(handoff: Handoff, text: string): Promise<void>;
}

/** Optional purchase-propensity source (src/predict), shown to agents in the summary. */
export interface PropensityScorer {
  score(customerId: string): Promise<number | undefined>;
}
