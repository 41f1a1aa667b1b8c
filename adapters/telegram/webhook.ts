import express, { type RequestHandler, type Router } from 'express';
import { ERROR_CODES } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import { errorMiddleware, sendError } from '../shared/http-errors';
import { TELEGRAM_WEBHOOK_PATH } from './config';
import { type TelegramUpdate, telegramUpdateSchema } from './update-schema';
import { verifyTelegramSecret } from './verify';

/** Telegram updates are small; 1 MB leaves room for long captions without inviting abuse. */
const BODY_LIMIT = '1mb';

/**
 * The webhook receiver: transport only. Checks the secret header before reading the body, validates
 * the update, and acknowledges with 200 once `onUpdate` has had the core store the turn (a few
 * milliseconds; replies are sent afterwards, in the background). If storing fails Telegram gets a 500
 * and redelivers, so nothing it was told we received is lost.
 */
export function telegramWebhookRouter(deps: {
  secret: string;
  onUpdate: (update: TelegramUpdate) => Promise<void>;
  log: Logger;
}): Router {
  const router = express.Router();

  const checkSecret: RequestHandler = (req, res, next) => {
    if (verifyTelegramSecret(deps.secret, req.headers['x-telegram-bot-api-secret-token'])) return next();
    deps.log.warn({ ip: req.ip }, 'telegram webhook: bad secret token');
    sendError(res, 401, ERROR_CODES.UNAUTHORIZED, 'bad secret token');
  };

  router.post(TELEGRAM_WEBHOOK_PATH, checkSecret, express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const parsed = telegramUpdateSchema.safeParse(req.body);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.length }, 'telegram webhook: invalid update');
      sendError(res, 400, ERROR_CODES.VALIDATION, 'not a Telegram update');
      return;
    }
    try {
      await deps.onUpdate(parsed.data);
      res.sendStatus(200);
    } catch (err) {
      deps.log.error({ err, updateId: parsed.data.update_id }, 'telegram update not stored; Telegram will redeliver');
      sendError(res, 500, ERROR_CODES.INTERNAL, 'update not stored; retry');
    }
  });
  router.use(TELEGRAM_WEBHOOK_PATH, errorMiddleware(deps.log, 'telegram', '1 MB'));
  return router;
}
