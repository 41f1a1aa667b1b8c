import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../../src/core/clock';
import { verifySlackSignature } from './signature';

/** Slack gives up on a request after 3 s; we answer a little before that if a listener is slow. */
const DEFAULT_ACK_TIMEOUT_MS = 2500;
/** Slack retries a failed event for about an hour; remember its id a day to be safe. */
const DEDUPE_MS = 24 * 60 * 60 * 1000;

/** The store's delivery ledger (store.deliveries), seen from here. */
export interface DeliveryLedger {
  claim(channel: 'slack', deliveryId: string, expiresAt: string): Promise<boolean>;
  /** Forgets a claim, so Slack's retry of a delivery we failed before acknowledging is processed. */
  release(channel: 'slack', deliveryId: string): Promise<void>;
}

const envelope = z.looseObject({ type: z.string() });
const slashCommand = z.looseObject({ command: z.string(), user_id: z.string(), text: z.string().default('') });

type Parsed = { kind: 'ssl_check' } | { kind: 'body'; body: Record<string, unknown> };

/** Events arrive as JSON; interactivity as a form with a JSON `payload`; slash commands as a plain form. */
function parseBody(raw: Buffer, contentType: string | undefined): Parsed {
  const text = raw.toString('utf8');
  if ((contentType ?? '').includes('application/json')) return { kind: 'body', body: envelope.parse(JSON.parse(text)) };
  const form = new URLSearchParams(text);
  if (form.get('ssl_check') === '1') return { kind: 'ssl_check' };
  const payload = form.get('payload');
  if (payload !== null) return { kind: 'body', body: envelope.parse(JSON.parse(payload)) };
  return { kind: 'body', body: slashCommand.parse(Object.fromEntries(form)) };
}

function headerValue(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A bolt Receiver on our own express router: the transport half of the Slack adapter. It checks the
 * signature over the raw bytes, answers url_verification, drops redelivered events (by event_id, in
 * the store, so it holds across instances) and hands everything else to bolt's App, which acks.
 */
export class SlackExpressReceiver implements Receiver {
  readonly router: Router = express.Router();
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly opts: {
      signingSecret: string;
      clock: Clock;
      log: Logger;
      deliveries: DeliveryLedger;
      path?: string;
      ackTimeoutMs?: number;
    },
  ) {
    // Raw body only on this route: the signature covers the exact bytes Slack sent.
    this.router.post(opts.path ?? '/slack/events', express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
      const work = this.handle(req, res).catch((err: unknown) => {
        this.opts.log.error({ err }, 'slack request failed');
        if (!res.headersSent) res.status(500).end();
      });
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  /** Waits for requests already being processed (graceful shutdown). */
  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when no request is being processed; tests await it instead of sleeping. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async handle(req: Request, res: Response): Promise<void> {
    const { log, clock } = this.opts;
    const raw: unknown = req.body;
    if (!Buffer.isBuffer(raw)) {
      // A JSON/urlencoded parser ran first and consumed the bytes; the signature can't be checked.
      log.error('slack router must be mounted before any body parser');
      res.status(500).end();
      return;
    }
    const check = verifySlackSignature({
      signingSecret: this.opts.signingSecret,
      body: raw,
      headers: req.headers,
      nowSeconds: Math.floor(clock.now().getTime() / 1000),
    });
    if (!check.ok) {
      log.warn({ reason: check.reason }, 'slack request rejected: bad signature');
      res.status(401).json({ error: 'invalid signature' });
      return;
    }

    let parsed: Parsed;
    try {
      parsed = parseBody(raw, headerValue(req, 'content-type'));
    } catch {
      res.status(400).json({ error: 'malformed Slack payload' });
      return;
    }
    if (parsed.kind === 'ssl_check') {
      res.status(200).end();
      return;
    }
    const { body } = parsed;
    if (body.type === 'url_verification') {
      res.status(200).json({ challenge: String(body.challenge ?? '') });
      return;
    }

    const retryNum = Number(headerValue(req, 'x-slack-retry-num') ?? '0') || undefined;
    const eventId = body.type === 'event_callback' && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId) {
      const expires = new Date(clock.now().getTime() + DEDUPE_MS).toISOString();
      if (!(await this.opts.deliveries.claim('slack', eventId, expires))) {
        log.info({ eventId, retryNum }, 'slack event already handled; acknowledging retry');
        res.status(200).end();
        return;
      }
    }
    const acked = await this.dispatch(body, res, retryNum, headerValue(req, 'x-slack-retry-reason'));
    if (!acked && eventId) {
      // We answered 500, so Slack will retry: that retry must not be dropped as a duplicate.
      await this.opts.deliveries.release('slack', eventId).catch((err: unknown) => log.warn({ err }, 'release failed'));
    }
  }

  /** Runs bolt for one request; false when it failed before acknowledging (we answered 500). */
  private async dispatch(
    body: Record<string, unknown>,
    res: Response,
    retryNum?: number,
    retryReason?: string,
  ): Promise<boolean> {
    const app = this.app;
    if (!app) throw new Error('receiver used before App.init');
    let acked = false;
    const send = (response: unknown): void => {
      if (acked || res.headersSent) return;
      acked = true;
      if (response === undefined || response === '') res.status(200).end();
      else if (typeof response === 'string') res.status(200).type('text/plain').send(response);
      else res.status(200).json(response);
    };
    // A listener that forgets to ack, or is slow, must not make Slack show a timeout error.
    const timer = setTimeout(() => send(undefined), this.opts.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS);
    timer.unref();
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acked) this.opts.log.warn('slack ack called after the request was answered');
        send(response);
      },
      ...(retryNum !== undefined ? { retryNum } : {}),
      ...(retryReason !== undefined ? { retryReason } : {}),
    };
    try {
      await app.processEvent(event);
      send(undefined);
      return true;
    } catch (err) {
      this.opts.log.error({ err }, 'slack listener failed');
      if (acked || res.headersSent) return true;
      acked = true;
      res.status(500).end();
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
