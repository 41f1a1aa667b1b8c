import { randomBytes } from 'node:crypto';
import express, { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import type { Clock } from '../../src/core/clock';
import { ERROR_CODES, RateLimitedError, UnauthorizedError, ValidationError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import { type ConversationRef, conversationKey, type Message } from '../../src/core/message';
import type { MessageHandler } from '../../src/core/ports';
import type { Store } from '../../src/store/repositories';
import { sendError } from '../shared/http-errors';
import type { RateLimiter } from '../shared/rate-limit';
import { bearerToken, claimsFromToken } from './auth';
import { HISTORY_LIMIT, toHistoryItem } from './history';
import { describeIssue, eventsQuery, messageBody, sessionBody } from './schemas';
import type { SseHub } from './sse';
import { signVisitorToken, type VisitorClaims } from './token';

export interface ApiDeps {
  handler: MessageHandler;
  store: Store;
  clock: Clock;
  log: Logger;
  tokenSecret: string;
  tokenTtlMs: number;
  visitorLimiter: RateLimiter;
  hub: SseHub;
}

/** Short random ids; 96 bits each, far beyond guessing. */
function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

function refFor(claims: VisitorClaims): ConversationRef {
  return { channel: 'webchat', channelConversationId: claims.conversationId, channelUserId: claims.visitorId };
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(describeIssue(result.error));
  return result.data;
}

/** `POST /sessions`, `POST /messages`, `GET /history`, `GET /events`, relative to /api/webchat. */
export function apiRoutes(deps: ApiDeps): Router {
  const router = Router();
  // 16 KB is ample for 2000 characters of text in any script; larger bodies are refused unread.
  const json = express.json({ limit: '16kb', strict: true, type: ['application/json', 'application/*+json'] });
  const issue = (claims: VisitorClaims) =>
    signVisitorToken(deps.tokenSecret, { ...claims, issuedAt: deps.clock.now().getTime() });
  const authenticate = (req: Request) =>
    claimsFromToken(deps.tokenSecret, bearerToken(req), deps.clock, deps.tokenTtlMs);
  const limitVisitor = (claims: VisitorClaims) => {
    const decision = deps.visitorLimiter.take(`visitor:${claims.visitorId}`);
    if (!decision.allowed) throw new RateLimitedError('too many messages, slow down', decision.retryAfterSeconds);
  };

  router.post('/sessions', json, (req: Request, res: Response) => {
    const body = parse(sessionBody, req.body ?? {});
    if (body.token !== undefined) {
      // A bad token is an error, not a reason to start over silently: the client decides that.
      const claims = claimsFromToken(deps.tokenSecret, body.token, deps.clock, deps.tokenTtlMs);
      res.status(200).json({ token: issue(claims), conversationId: claims.conversationId, resumed: true });
      return;
    }
    const claims: VisitorClaims = { visitorId: newId('v'), conversationId: newId('c'), issuedAt: 0 };
    res.status(201).json({ token: issue(claims), conversationId: claims.conversationId, resumed: false });
  });

  router.post('/messages', json, async (req: Request, res: Response) => {
    const claims = authenticate(req);
    limitVisitor(claims);
    const body = parse(messageBody, req.body);
    const clientId = body.clientMessageId ?? newId('m');
    const message: Message = {
      channel: 'webchat',
      channelUserId: claims.visitorId,
      channelConversationId: claims.conversationId,
      // Scoped to the visitor so one visitor's ids can never mark another's messages as duplicates.
      deliveryId: `${claims.visitorId}:${clientId}`,
      timestamp: deps.clock.now(),
      ref: refFor(claims),
      ...('payload' in body
        ? { payload: body.payload, ...(body.label ? { text: body.label } : {}) }
        : { text: body.text }),
      ...(body.lang ? { localeHint: body.lang } : {}),
    };
    const result = await deps.handler.handle(message);
    res.status(200).json({ replies: result.replies, duplicate: result.duplicate, clientMessageId: clientId });
  });

  router.get('/history', async (req: Request, res: Response) => {
    const claims = authenticate(req);
    const stored = await deps.store.messages.tail(conversationKey(refFor(claims)), HISTORY_LIMIT);
    res.status(200).json({ conversationId: claims.conversationId, messages: stored.map(toHistoryItem) });
  });

  router.get('/events', async (req: Request, res: Response) => {
    const query = eventsQuery.safeParse(req.query);
    if (!query.success) throw new UnauthorizedError('missing token');
    const claims = claimsFromToken(deps.tokenSecret, query.data.token, deps.clock, deps.tokenTtlMs);
    if (!deps.hub.canOpen(claims.conversationId)) {
      return sendError(res, 429, ERROR_CODES.RATE_LIMITED, 'too many open streams for this conversation');
    }
    await deps.hub.open(claims.conversationId, res);
  });

  return router;
}
