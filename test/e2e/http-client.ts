import http from 'node:http';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** fetch with a JSON body and a bearer token; the body is parsed whatever the status. */
export async function call(
  url: string,
  options: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(url, {
    method: options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.rawBody ?? (options.body === undefined ? null : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML page or script); keep the text.
  }
  return { status: res.status, headers: res.headers, body };
}

export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * A minimal EventSource for tests: collects parsed events and resolves waiters as they arrive,
 * so tests await events instead of sleeping.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  retry: number | undefined;
  status = 0;
  private waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  private req: http.ClientRequest | undefined;

  static open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((resolve, reject) => {
      client.req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        client.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            client.parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
        });
        resolve(client);
      });
      client.req.on('error', reject);
    });
  }

  private parse(block: string): void {
    const event: SseEvent = { event: 'message', data: '' };
    let hasData = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comment(line.slice(1).trim());
      else if (line.startsWith('retry:')) this.retry = Number(line.slice(6));
      else if (line.startsWith('event:')) event.event = line.slice(6).trim();
      else if (line.startsWith('id:')) event.id = line.slice(3).trim();
      else if (line.startsWith('data:')) {
        event.data += (hasData ? '\n' : '') + line.slice(5).trim();
        hasData = true;
      }
    }
    if (!hasData) return;
    this.events.push(event);
    this.waiters = this.waiters.filter((w) => {
      if (!w.match(event)) return true;
      w.resolve(event);
      return false;
    });
  }

  private commentWaiters: { text: string; resolve: () => void }[] = [];

  private comment(text: string): void {
    this.comments.push(text);
    for (const w of this.commentWaiters.filter((c) => c.text === text)) w.resolve();
    this.commentWaiters = this.commentWaiters.filter((c) => c.text !== text);
  }

  /** Resolves when a comment line (such as the `ping` heartbeat) arrives. */
  nextComment(text: string): Promise<void> {
    return new Promise((resolve) => this.commentWaiters.push({ text, resolve }));
  }

  next(name: string): Promise<SseEvent> {
    const seen = this.events.find((e) => e.event === name && !this.consumed.has(e));
    if (seen) {
      this.consumed.add(seen);
      return Promise.resolve(seen);
    }
    return new Promise((resolve) =>
      this.waiters.push({
        match: (e) => e.event === name,
        resolve: (e) => {
          this.consumed.add(e);
          resolve(e);
        },
      }),
    );
  }

  private readonly consumed = new Set<SseEvent>();

  close(): void {
    this.req?.destroy();
  }
}
