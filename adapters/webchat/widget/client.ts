import type { Reply } from '../../../src/core/message';
import type { WidgetStorage } from './storage';

export interface HistoryItem {
  from: 'user' | 'bot' | 'agent' | 'system';
  text: string;
  reply?: Reply;
  at: string;
}

export type Outgoing = { text: string } | { payload: string; label?: string };

export interface SendResult {
  replies: Reply[];
  duplicate: boolean;
}

/** An answer the server gave (as opposed to a network failure, which throws a TypeError). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  /** Worth sending again with the same clientMessageId: overload or a server hiccup. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** The widget's side of the web chat API. */
export class ChatClient {
  constructor(
    private readonly apiBase: string,
    private readonly storage: WidgetStorage,
    private readonly lang: string,
  ) {}

  private async request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = this.storage.token;
    if (auth && token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(`${this.apiBase}/api/webchat${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'omit',
    });
    const json = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (!res.ok) throw new ApiError(res.status, json.error?.code ?? 'E_HTTP', json.error?.message ?? res.statusText);
    return json as T;
  }

  /**
   * Resumes the stored session (refreshing its token) or starts one. A token the server rejects is
   * dropped and a new conversation begins: that is the client's explicit choice, not the server's.
   */
  async session(): Promise<string> {
    const token = this.storage.token;
    if (token) {
      try {
        const resumed = await this.request<{ token: string; conversationId: string }>(
          'POST',
          '/sessions',
          { token, lang: this.lang },
          false,
        );
        this.storage.token = resumed.token;
        return resumed.conversationId;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
        this.storage.token = null;
      }
    }
    const created = await this.request<{ token: string; conversationId: string }>(
      'POST',
      '/sessions',
      { lang: this.lang },
      false,
    );
    this.storage.token = created.token;
    return created.conversationId;
  }

  send(message: Outgoing, clientMessageId: string): Promise<SendResult> {
    return this.request<SendResult>('POST', '/messages', { ...message, clientMessageId, lang: this.lang });
  }

  async history(): Promise<HistoryItem[]> {
    return (await this.request<{ messages: HistoryItem[] }>('GET', '/history')).messages;
  }

  eventsUrl(): string | null {
    const token = this.storage.token;
    return token ? `${this.apiBase}/api/webchat/events?token=${encodeURIComponent(token)}` : null;
  }
}

/**
 * Keeps an EventSource open. The browser reconnects by itself after a network drop; when the server
 * refused the stream (readyState CLOSED) we reopen it ourselves with backoff. Every `ready` after
 * the first means we may have missed messages, so `onResync` lets the widget reload the history.
 */
export class EventStream {
  private source: EventSource | null = null;
  private readyCount = 0;
  private attempts = 0;
  private timer: number | undefined;

  constructor(
    private readonly url: () => string | null,
    private readonly handlers: {
      onReplies: (replies: Reply[]) => void;
      onResync: () => void;
      onStatus: (connected: boolean) => void;
    },
  ) {}

  connect(): void {
    const url = this.url();
    if (!url || typeof EventSource === 'undefined') return;
    this.source?.close();
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('ready', () => {
      this.attempts = 0;
      this.handlers.onStatus(true);
      if (this.readyCount++ > 0) this.handlers.onResync();
    });
    source.addEventListener('replies', (event) => {
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as { replies?: Reply[] };
        if (Array.isArray(data.replies)) this.handlers.onReplies(data.replies);
      } catch {
        // A malformed event is skipped; the history reload on the next reconnect covers it.
      }
    });
    source.addEventListener('error', () => {
      this.handlers.onStatus(false);
      if (source.readyState !== EventSource.CLOSED) return;
      const delay = Math.min(30_000, 1000 * 2 ** this.attempts++);
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.connect(), delay);
    });
  }

  close(): void {
    window.clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }
}
