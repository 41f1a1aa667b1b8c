import express, { type RequestHandler, type Router } from 'express';
import type { Logger } from '../../src/core/logger';
import { channelErrorMiddleware } from '../shared/http-errors';
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
    res.status(401).json({ error: 'E_UNAUTHORIZED' });
  };

  router.post(TELEGRAM_WEBHOOK_PATH, checkSecret, express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const parsed = telegramUpdateSchema.safeParse(req.body);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.length }, 'telegram webhook: invalid update');
      res.status(400).json({ error: 'E_VALIDATION' });
      return;
    }
    try {
      await deps.onUpdate(parsed.data);
      res.sendStatus(200);
    } catch (err) {
      deps.log.error({ err, updateId: parsed.data.update_id }, 'telegram update not stored; Telegram will redeliver');
      res.status(500).json({ error: 'E_INTERNAL' });
    }
  });
  router.use(TELEGRAM_WEBHOOK_PATH, channelErrorMiddleware(deps.log, 'telegram'));
  return router;
}
