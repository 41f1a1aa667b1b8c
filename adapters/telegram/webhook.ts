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
 * the update, acknowledges with 200 at once (Telegram waits for nothing else and retries slow
 * answers), then hands the update to `onUpdate`, which runs in the background.
 */
export function telegramWebhookRouter(deps: {
  secret: string;
  onUpdate: (update: TelegramUpdate) => void;
  log: Logger;
}): Router {
  const router = express.Router();

  const checkSecret: RequestHandler = (req, res, next) => {
    if (verifyTelegramSecret(deps.secret, req.headers['x-telegram-bot-api-secret-token'])) return next();
    deps.log.warn({ ip: req.ip }, 'telegram webhook: bad secret token');
    res.status(401).json({ error: 'E_UNAUTHORIZED' });
  };

  router.post(TELEGRAM_WEBHOOK_PATH, checkSecret, express.json({ limit: BODY_LIMIT }), (req, res) => {
    const parsed = telegramUpdateSchema.safeParse(req.body);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.length }, 'telegram webhook: invalid update');
      res.status(400).json({ error: 'E_VALIDATION' });
      return;
    }
    res.sendStatus(200);
    deps.onUpdate(parsed.data);
  });
  router.use(TELEGRAM_WEBHOOK_PATH, channelErrorMiddleware(deps.log, 'telegram'));
  return router;
}
