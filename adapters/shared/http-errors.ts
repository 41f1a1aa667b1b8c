import type { ErrorRequestHandler, Response } from 'express';
import { ERROR_CODES, type ErrorCode, httpStatusFor, isConciergeError, RateLimitedError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';

/** The one error shape of every HTTP endpoint: `{ error: { code, message } }`, never a stack trace. */
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
 * Last middleware of a router: every failure becomes a JSON error and, for our own faults, a log line;
 * none escapes to crash the process.
 */
export function errorMiddleware(log: Logger, source: string, limit = 'the size limit'): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const parser = bodyParserError(err);
    if (parser?.type === 'entity.too.large') {
      return sendError(res, 413, ERROR_CODES.PAYLOAD_TOO_LARGE, `request body is larger than ${limit}`);
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
    const code = isConciergeError(err) ? err.code : ERROR_CODES.INTERNAL;
    const status = httpStatusFor(code);
    if (status >= 500) log.error({ err, source, path: req.path }, 'request failed');
    return sendError(res, status, code, status >= 500 || !isConciergeError(err) ? 'internal error' : err.message);
  };
}
