/**
 * Where a parcel can go: the home countries the shipping methods cover, and the zones abroad with
 * their own carrier, speed and price. Answers "do you ship to Germany?" from the shop's policy.
 */
import type { Lang } from '../../core/message';
import { regionName } from '../../nlu/entities/country';
import { isRegion, regionMembers } from '../../nlu/entities/regions';
import type { DeliveryZone, ShopPolicy } from '../types';

export type Destinations = NonNullable<ShopPolicy['destinations']>;

export type Destination =
  | { kind: 'home' }
  | { kind: 'zone'; zone: DeliveryZone }
  /** The shop does not deliver there. */
  | { kind: 'none' }
  /** A region ("Asia", the EU) whose countries the shop treats differently. */
  | { kind: 'mixed' };

function destinationOfCountry(destinations: Destinations, code: string): Destination {
  if (destinations.home.includes(code)) return { kind: 'home' };
  const zone = destinations.zones.find((z) => z.countries.includes(code));
  return zone ? { kind: 'zone', zone } : { kind: 'none' };
}

/** Where an ISO country code, or a region's code ("142" for Asia, "EU"), stands in the shop's delivery map. */
export function destinationOf(destinations: Destinations, code: string): Destination {
  if (!isRegion(code)) return destinationOfCountry(destinations, code);
  const each = regionMembers(code).map((member) => destinationOfCountry(destinations, member));
  const first = each[0];
  const same = (d: Destination) =>
    d.kind === first?.kind && (d.kind !== 'zone' || (first.kind === 'zone' && d.zone.id === first.zone.id));
  return first && each.every(same) ? first : { kind: 'mixed' };
}

/** English names said with "the": "the Netherlands", "the United States", "the Cayman Islands". */
const TAKES_THE =
  /^(United |Netherlands$|Philippines$|Bahamas$|Maldives$|Seychelles$|Gambia$|Comoros$|Czech Republic$|Dominican Republic$|Central African Republic$)|Islands$/;

/**
 * A country's name as a reply says it: CLDR's short form unless that is an abbreviation ("Hong Kong"
 * rather than "Hong Kong SAR China", "the United Kingdom" rather than "UK"), with "the" where English
 * puts one.
 */
export function countryName(code: string, lang: Lang): string {
  if (code === 'EU') return lang === 'zh' ? '欧盟' : 'the EU';
  const locale = lang === 'zh' ? 'zh-Hans' : 'en';
  const short = regionName(code, locale, 'short');
  const long = regionName(code, locale) ?? code;
  const name = short && !/^[A-Z]{2,3}$/.test(short) ? short : long;
  return lang === 'en' && TAKES_THE.test(name) ? `the ${name}` : name;
}
