/**
 * "Do you ship to Asia?" where the shop serves some of it: the countries of the region it does
 * deliver to, zone by zone with their terms, and that the rest is not served. Before, a region the
 * shop served in part got the whole delivery list, or a question back.
 */
import type { Destinations } from '../../commerce/policy/destinations';
import { countryName } from '../../commerce/policy/destinations';
import { regionMembers } from '../../nlu/entities/regions';
import type { SkillTurn } from '../types';
import { homeName, priceText, sharedCarrier, workingDays, zoneLine } from './delivery-format';

/** The home methods in one line: "the United Kingdom: 1–5 working days, from £3.95". */
function homeLine(turn: SkillTurn, home: readonly string[]): string {
  const methods = turn.deps.policy.shipping;
  const fastest = Math.min(...methods.map((m) => m.minDays));
  const slowest = Math.max(...methods.map((m) => m.maxDays));
  const prices = methods.map((m) => m.priceCents ?? Number.POSITIVE_INFINITY);
  const cheapest = Math.min(...prices);
  return turn.t('shop.region_home_line', {
    home: homeName(turn, home),
    days: workingDays(turn, fastest, slowest),
    price: Number.isFinite(cheapest) ? priceText(turn, cheapest, undefined) : turn.t('shop.price_at_checkout'),
  });
}

/** The answer for a region the shop delivers to in part. */
export function sayRegion(turn: SkillTurn, destinations: Destinations, region: string): void {
  const members = regionMembers(region);
  const home = members.filter((code) => destinations.home.includes(code));
  // Each zone's countries in the zone's own order, which puts the ones the shop names first.
  const zones = destinations.zones
    .map((zone) => ({ zone, served: zone.countries.filter((code) => members.includes(code)) }))
    .filter(({ served }) => served.length > 0);
  // One carrier for every line is said once, unless home delivery (which it does not carry) is a line.
  const shared = home.length === 0 ? sharedCarrier(zones.map(({ zone }) => zone)) : undefined;
  const lines = [
    ...(home.length > 0 ? [homeLine(turn, home)] : []),
    ...zones.map(({ zone, served }) => zoneLine(turn, zone, served, shared === undefined)),
  ];
  // A country is in one place at most (the policy check refuses two), so the counts add up.
  const served = home.length + zones.reduce((sum, { served }) => sum + served.length, 0);
  const unserved = served < members.length;
  const name = countryName(region, turn.ctx.lang);
  turn.say('shop.ship_region', {
    region: name,
    via: shared ? turn.t('shop.via_carrier', { carrier: shared }) : '',
    lines: lines.map((line) => `• ${line}`).join('\n'),
    rest: unserved ? turn.t('shop.region_rest', { region: name }) : '',
  });
}
