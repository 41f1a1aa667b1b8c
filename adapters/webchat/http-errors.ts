import type { ErrorRequestHandler, Response } from 'express';
import { ERROR_CODES, type ErrorCode, httpStatusFor, isConciergeError, RateLimitedError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';

/** The one error shape of the web chat API: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message } });
}

/** body-parser marks its errors with a `type`; those are the client's fault, not ours. */
function bodyParserError(err: unknown): { type: string; status: number } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { type, status } = err as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' ? { type, status } : undefined;
}

/**
 * Last middleware of the router: every failure becomes a JSON error and a log line; none escapes to
 * crash the process or leak a stack trace.
 */
export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const parser = bodyParserError(err);
    if (parser?.type === 'entity.too.large') {
      return sendError(res, 413, ERROR_CODES.PAYLOAD_TOO_LARGE, 'request body is larger than 16 KB');
    }
    if (parser?.type === 'entity.parse.failed') {
      return sendError(res, 400, ERROR_CODES.VALIDATION, 'request body is not valid JSON');
    }
    if (parser && parser.status >= 400 && parser.status < 500) {
      return sendError(res, parser.status, ERROR_CODES.VALIDATION, 'request body could not be read');
    }
    if (err instanceof RateLimitedError) {
      if (err.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      return sendError(res, 429, err.code, err.message);
    }
    if (isConciergeError(err)) {
      const status = httpStatusFor(err.code);
      if (status >= 500) log.error({ err, path: req.path }, 'webchat request failed');
      return sendError(res, status, err.code, status >= 500 ? 'internal error' : err.message);
    }
    log.error({ err, path: req.path }, 'webchat request failed');
    return sendError(res, 500, ERROR_CODES.INTERNAL, 'internal error');
  };
}
