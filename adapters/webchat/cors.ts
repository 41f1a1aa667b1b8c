import type { Request, RequestHandler } from 'express';
import { ERROR_CODES } from '../../src/core/errors';
import { sendError } from '../shared/http-errors';

/**
 * CORS for the JSON API. A request from a browser page on another origin is answered only when that
 * origin is on the allow-list (`*` allows any); same-origin pages always work. A disallowed origin
 * gets 403 before any work is done: CORS alone would still let a "simple" cross-site POST run and
 * only hide the answer. Requests without an Origin header (curl, servers) are not browser requests
 * and carry no ambient credentials, so they pass; the bearer token still guards them.
 */
export function corsMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowAny = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined) return next();
    if (!allowAny && !allowed.has(origin.toLowerCase()) && !isSameOrigin(req, origin)) {
      return sendError(res, 403, ERROR_CODES.FORBIDDEN, 'origin not allowed');
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.append('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * Compares hosts only: behind a TLS-terminating proxy the scheme this process sees is http even when
 * the page is https, unless `trust proxy` is configured.
 */
function isSameOrigin(req: Request, origin: string): boolean {
  const host = req.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
