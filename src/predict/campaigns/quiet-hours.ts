/** Quiet hours: no offers at night in the customer's own time zone. */
import { wallClock } from '../../commerce/policy/contact-hours';

/**
 * True when the local hour falls in [start, end). A window may wrap past midnight (21 → 8); start equal
 * to end means no quiet hours.
 */
export function inQuietHours(now: Date, timeZone: string, quiet: { start: number; end: number }): boolean {
  if (quiet.start === quiet.end) return false;
  const { hour } = wallClock(now, timeZone);
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}
