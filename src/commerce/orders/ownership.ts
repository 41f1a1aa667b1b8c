/**
 * Proof that a shopper owns an order: the email or phone written on it, compared loosely enough that
 * formatting differences ("+44 7700 900123" vs "07700900123") do not lock out the real owner.
 */

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Digits only, without an international "00" prefix or the UK-style "(0)" trunk hint. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.startsWith('00') ? digits.slice(2) : digits;
}

/** Fewest digits that still identify a subscriber; shorter input never matches by suffix. */
const MIN_SIGNIFICANT_DIGITS = 9;

/**
 * Same number, allowing one side to carry a country code and the other a national trunk "0":
 * "447700900123" and "07700900123" both end in the significant number "7700900123".
 */
export function samePhone(a: string, b: string): boolean {
  const da = phoneDigits(a);
  const db = phoneDigits(b);
  if (da.length === 0 || db.length === 0) return false;
  if (da === db) return true;
  const sa = da.replace(/^0+/, '');
  const sb = db.replace(/^0+/, '');
  const [shorter, longer] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return shorter.length >= MIN_SIGNIFICANT_DIGITS && longer.endsWith(shorter);
}

export function sameEmail(a: string, b: string): boolean {
  const na = normaliseEmail(a);
  return na.length > 0 && na === normaliseEmail(b);
}
