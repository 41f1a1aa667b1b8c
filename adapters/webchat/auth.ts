import type { Request } from 'express';
import type { Clock } from '../../src/core/clock';
import { UnauthorizedError } from '../../src/core/errors';
import { type VisitorClaims, verifyVisitorToken } from './token';

const REASONS = {
  malformed: 'token is malformed',
  signature: 'token signature is invalid',
  expired: 'token has expired',
};

/** Verifies a visitor token or throws UnauthorizedError with a message that says why. */
export function claimsFromToken(secret: string, token: string, clock: Clock, ttlMs: number): VisitorClaims {
  const check = verifyVisitorToken(secret, token, clock.now(), ttlMs);
  if (!check.ok) throw new UnauthorizedError(REASONS[check.reason]);
  return check.claims;
}

/** The token of `Authorization: Bearer <token>`. */
export function bearerToken(req: Request): string {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw new UnauthorizedError('missing bearer token');
  return match[1];
}
