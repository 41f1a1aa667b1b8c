import type { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import express, { type Router } from 'express';
import { z } from 'zod';
import { ERROR_CODES } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import { errorMiddleware, sendError } from '../shared/http-errors';
import { BOTFRAMEWORK_MESSAGES_PATH } from './config';

const account = z.looseObject({ id: z.string().min(1) });

/** The activity fields we rely on, checked before botbuilder sees the body. */
export const activitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  from: account.optional(),
  recipient: account.optional(),
  conversation: account.optional(),
  text: z.string().optional(),
  locale: z.string().optional(),
});

const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * 401 for anything that says "this token is not valid"; 500 only when we could not check it (key
 * download failed). botbuilder itself answers 500 to a bad signature (jsonwebtoken's error escapes
 * its AuthenticationError mapping), so the gate below decides the status instead.
 */
export function authFailureStatus(err: unknown): 401 | 500 {
  const e = err as { statusCode?: unknown; name?: unknown } | null;
  if (e?.statusCode === 401 || (typeof e?.name === 'string' && JWT_ERRORS.has(e.name))) return 401;
  return 500;
}

/**
 * `POST /api/messages`: parse JSON (1 MB), validate the activity, authenticate the Bot Framework
 * JWT, then let CloudAdapter run the turn and answer (it replies on the connector, then 200).
 */
export function botFrameworkRouter(deps: {
  cloud: CloudAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
  onTurn: (context: TurnContext) => Promise<void>;
  log: Logger;
}): Router {
  const router = express.Router();
  router.post(BOTFRAMEWORK_MESSAGES_PATH, express.json({ limit: '1mb' }), async (req, res) => {
    const parsed = activitySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, ERROR_CODES.VALIDATION, 'not a Bot Framework activity');
      return;
    }
    const authorization = req.headers.authorization ?? '';
    try {
      // A gate before process(): CloudAdapter validates the token again (keys are cached), but this
      // way every invalid token is a 401 and never reaches the turn.
      await deps.auth.authenticateRequest(parsed.data as unknown as Activity, authorization);
    } catch (err) {
      const status = authFailureStatus(err);
      if (status === 401) deps.log.warn({ ip: req.ip }, 'bot framework request rejected: invalid token');
      else deps.log.error({ err }, 'bot framework token could not be checked');
      res.status(status).json({ error: status === 401 ? 'E_UNAUTHORIZED' : 'E_INTERNAL' });
      return;
    }
    await deps.cloud.process(req, res, deps.onTurn);
  });
  router.use(BOTFRAMEWORK_MESSAGES_PATH, errorMiddleware(deps.log, 'botframework', '1 MB'));
  return router;
}
