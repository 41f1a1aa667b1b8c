import type { ErrorRequestHandler } from 'express';
import { ERROR_CODES, httpStatusFor, isConciergeError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';

/** body-parser marks its errors with `type` and `status`; those are the caller's fault, not ours. */
function bodyParserError(err: unknown): { type: string; status: number } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { type, status } = err as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' ? { type, status } : undefined;
}

/**
 * Last middleware of a channel router: maps failures to a status and `{ error: code }` without a
 * stack trace. Channels only look at the status; the body helps whoever debugs a webhook.
 */
export function channelErrorMiddleware(log: Logger, channel: string): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    const parser = bodyParserError(err);
    if (parser?.type === 'entity.too.large') {
      res.status(413).json({ error: ERROR_CODES.PAYLOAD_TOO_LARGE });
      return;
    }
    if (parser && parser.status >= 400 && parser.status < 500) {
      res.status(400).json({ error: ERROR_CODES.VALIDATION });
      return;
    }
    const code = isConciergeError(err) ? err.code : ERROR_CODES.INTERNAL;
    const status = httpStatusFor(code);
    if (status >= 500) log.error({ err, channel, path: req.path }, 'channel request failed');
    res.status(status).json({ error: code });
  };
}
