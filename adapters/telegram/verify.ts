import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks the `X-Telegram-Bot-Api-Secret-Token` header against the secret given to setWebhook.
 * Both sides are hashed first so the comparison is constant-time even when lengths differ
 * (timingSafeEqual itself throws on unequal lengths, which would leak the length).
 */
export function verifyTelegramSecret(expected: string, header: string | string[] | undefined): boolean {
  if (!expected || typeof header !== 'string' || header.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(header).digest();
  return timingSafeEqual(a, b);
}
