import type { Reply } from '../../../src/core/message';
import { ApiError, ChatClient, EventStream, type HistoryItem, type Outgoing } from './client';
import type { Strings } from './i18n';
import type { WidgetOptions } from './options';
import type { WidgetStorage } from './storage';
import type { ChatView, PendingBubble } from './view';

/** Attempts before a message is marked "Not sent" and waits for the shopper to press Retry. */
const MAX_AUTO_ATTEMPTS = 5;

function newClientMessageId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `m_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Resolves after `ms`, or as soon as the browser says the network is back. */
function waitForRetry(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = window.setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

/** Glue between the view and the API: session, history, sending with retries, live events. */
export class ChatController {
  private readonly client: ChatClient;
  private readonly stream: EventStream;
  private ready: Promise<void> | undefined;
  /** Messages go out one at a time so replies arrive in the order the shopper wrote. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly view: ChatView,
    private readonly options: WidgetOptions,
    private readonly strings: Strings,
    storage: WidgetStorage,
  ) {
    this.client = new ChatClient(options.apiBase, storage, options.lang);
    this.stream = new EventStream(() => this.client.eventsUrl(), {
      onReplies: (replies) => this.showReplies(replies, true),
      onResync: () => void this.reload().catch(() => undefined),
      onStatus: (connected) => view.setConnected(connected),
    });
  }

  /** Starts the session; safe to call again after a failure. */
  start(): Promise<void> {
    this.ready ??= (async () => {
      await this.client.session();
      await this.reload();
      this.stream.connect();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  send(message: Outgoing, display: string): void {
    const clientMessageId = newClientMessageId();
    const bubble = this.view.addPending(display);
    this.view.setQuickReplies([]);
    this.enqueue(message, clientMessageId, bubble);
  }

  private enqueue(message: Outgoing, clientMessageId: string, bubble: PendingBubble): void {
    this.queue = this.queue.then(() => this.deliver(message, clientMessageId, bubble));
  }

  /** Sends with the same clientMessageId on every attempt, so the server answers it once. */
  private async deliver(message: Outgoing, clientMessageId: string, bubble: PendingBubble): Promise<void> {
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      this.view.setTyping(true);
      try {
        await this.start();
        const result = await this.client.send(message, clientMessageId);
        this.view.setTyping(false);
        bubble.sent();
        // A duplicate means an earlier attempt got through but its answer was lost: reload it.
        if (result.duplicate) await this.reload();
        else this.showReplies(result.replies, false);
        return;
      } catch (error) {
        this.view.setTyping(false);
        if (error instanceof ApiError && error.status === 401 && !renewed) {
          // The server no longer accepts our token: start a fresh conversation and send there.
          renewed = true;
          this.ready = undefined;
          this.stream.close();
          await this.client.session().catch(() => undefined);
          continue;
        }
        if (error instanceof ApiError && !error.retryable) {
          this.view.showError(error.status === 400 ? error.message : this.strings.errorGeneric);
          bubble.failed(() => this.retry(message, clientMessageId, bubble));
          return;
        }
        if (attempt >= MAX_AUTO_ATTEMPTS) {
          bubble.failed(() => this.retry(message, clientMessageId, bubble));
          return;
        }
        bubble.retrying();
        await waitForRetry(Math.min(16_000, 1000 * 2 ** (attempt - 1)));
      }
    }
  }

  private retry(message: Outgoing, clientMessageId: string, bubble: PendingBubble): void {
    bubble.retrying();
    this.enqueue(message, clientMessageId, bubble);
  }

  /** Redraws the conversation from the server's history (after load, reconnect or a lost answer). */
  async reload(): Promise<void> {
    const items = await this.client.history();
    this.view.replaceHistory(this.options.greeting, items);
    const last: HistoryItem | undefined = items[items.length - 1];
    this.view.setQuickReplies(last && last.from !== 'user' ? (last.reply?.quickReplies ?? []) : []);
  }

  private showReplies(replies: Reply[], live: boolean): void {
    for (const reply of replies) {
      this.view.add(reply.from ?? 'bot', reply.text, reply);
      if (live) this.view.bumpUnread();
    }
    const last = replies[replies.length - 1];
    if (last) this.view.setQuickReplies(last.quickReplies ?? []);
  }
}
