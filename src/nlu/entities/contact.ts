/** Email addresses and phone numbers. */
import type { Entity } from '../types';
import { allMatches, entityFrom } from './match';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
// Digits with optional spaces, dashes, dots or brackets between groups; the digit count is checked after.
const PHONE = /(?<![\w+])\+?\(?\d[\d\s().-]{7,18}\d(?!\w)/g;

export function extractEmails(text: string): Entity[] {
  return allMatches(EMAIL, text).map((m) => entityFrom('email', m[0].toLowerCase(), m[0], m.index));
}

/** 10 to 15 digits (E.164's limit); "+44 20 7946 0958" → "+442079460958". */
export function extractPhones(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of allMatches(PHONE, text)) {
    const raw = match[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 10 || digits.length > 15) continue;
    // ISO dates and price ranges look digit-heavy too; a phone has no more than 5 groups.
    if (raw.split(/[\s().-]+/).filter(Boolean).length > 5) continue;
    found.push(entityFrom('phone', raw.startsWith('+') ? `+${digits}` : digits, raw, match.index));
  }
  return found;
}
