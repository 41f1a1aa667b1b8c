import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Visitor tokens: `base64url(payload).base64url(HMAC-SHA256(secret, base64url(payload)))`.
 * The payload names the visitor and their conversation; nothing secret is inside, so a token only
 * proves that this server issued it. Pure functions: the caller passes the secret and the time.
 */
export interface VisitorClaims {
  /** Visitor id: the channel user id of web chat. */
  visitorId: string;
  /** Channel conversation id of web chat. */
  conversationId: string;
  /** Issued at, milliseconds since the epoch. */
  issuedAt: number;
}

export type TokenCheck =
  | { ok: true; claims: VisitorClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** Tokens are refreshed each time the widget loads, so a month covers a shopper who comes back. */
export const DEFAULT_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Clocks of several instances disagree a little; a token from slightly in the future is fine. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_TOKEN_LENGTH = 512;

const idPattern = /^[A-Za-z0-9_-]{8,64}$/;
const claimsSchema = z
  .object({
    v: z.string().regex(idPattern),
    c: z.string().regex(idPattern),
    iat: z.number().int().nonnegative(),
  })
  .strict();

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signVisitorToken(secret: string, claims: VisitorClaims): string {
  if (!idPattern.test(claims.visitorId) || !idPattern.test(claims.conversationId)) {
    throw new Error('visitor and conversation ids must be 8-64 url-safe characters');
  }
  const body = JSON.stringify({ v: claims.visitorId, c: claims.conversationId, iat: claims.issuedAt });
  const payload = Buffer.from(body).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export function verifyVisitorToken(
  secret: string,
  token: string,
  now: Date,
  ttlMs: number = DEFAULT_TOKEN_TTL_MS,
): TokenCheck {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature) return { ok: false, reason: 'malformed' };
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  // Length first: timingSafeEqual throws on unequal lengths, and the length is not secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = claimsSchema.safeParse(parsed);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  const age = now.getTime() - claims.data.iat;
  if (age > ttlMs || age < -MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { visitorId: claims.data.v, conversationId: claims.data.c, issuedAt: claims.data.iat } };
}
