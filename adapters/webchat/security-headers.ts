import type { RequestHandler } from 'express';

/**
 * Headers in the spirit of helmet, without the dependency. The demo page gets a strict CSP (no
 * inline script; the widget styles itself through constructable stylesheets, which CSP allows).
 */
const DEMO_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function common(res: Parameters<RequestHandler>[1]): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-DNS-Prefetch-Control', 'off');
  res.setHeader('X-Download-Options', 'noopen');
  res.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
  res.removeHeader('X-Powered-By');
}

/** For HTML pages we serve. */
export const pageHeaders: RequestHandler = (_req, res, next) => {
  common(res);
  res.setHeader('Content-Security-Policy', DEMO_PAGE_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  next();
};

/** For the widget script and images that shops embed from another origin. */
export const embeddableAssetHeaders: RequestHandler = (_req, res, next) => {
  common(res);
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
};

/** For the JSON API: never cached, never framed or sniffed. */
export const apiHeaders: RequestHandler = (_req, res, next) => {
  common(res);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  next();
};
