import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process; a fresh registry per server so tests never share state. */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'channel' | 'intent' | 'outcome'>;
  private readonly turnSeconds: Histogram<'channel'>;
  readonly httpRequests: Counter<'route' | 'status'>;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'concierge_' });
    this.turns = new Counter({
      name: 'concierge_turns_total',
      help: 'Messages handled by the bot, by channel, intent and outcome',
      labelNames: ['channel', 'intent', 'outcome'],
      registers: [this.registry],
    });
    this.turnSeconds = new Histogram({
      name: 'concierge_turn_duration_seconds',
      help: 'Time to handle one message end to end',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.httpRequests = new Counter({
      name: 'concierge_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'],
      registers: [this.registry],
    });
  }

  recordTurn(info: { channel: string; intent: string | undefined; ms: number; failed: boolean }): void {
    this.turns.inc({ channel: info.channel, intent: info.intent ?? 'payload', outcome: info.failed ? 'error' : 'ok' });
    this.turnSeconds.observe({ channel: info.channel }, info.ms / 1000);
  }
}
