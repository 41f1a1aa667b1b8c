/** Small helpers the repositories share for mapping stored documents back to entities. */
import { NotFoundError } from '../../core/errors';

/** A copy of `doc` without the named internal fields (derived keys never leave the store). */
export function withoutKeys<T extends object, K extends string>(doc: T, keys: readonly K[]): Omit<T, K> {
  const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

export function requireMatch(matched: boolean | object | null, what: string, id: string): void {
  if (matched === false || matched === null) throw new NotFoundError(what, id);
}

/** Trims and lower-cases an email so lookups match however the shopper typed it. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Keeps digits and a leading plus, so "+44 7700-900 123" and "+447700900123" match. */
export function phoneKey(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}
