import type { Router } from 'express';
import type { ChannelId } from '../../src/core/message';
import type { ChannelSender } from '../../src/core/ports';

/**
 * What every channel adapter hands to src/server.ts. The router is mounted at '/' and owns its own
 * paths; `sender` is registered with the core's Outbound for proactive messages.
 */
export interface ChannelAdapter {
  readonly channel: ChannelId;
  readonly router: Router;
  readonly sender: ChannelSender;
  /** Connects to the channel (polling, webhook registration); resolves once it is ready. */
  start(): Promise<void>;
  /** Stops receiving and waits for turns already in flight. Safe to call more than once. */
  stop(): Promise<void>;
}
