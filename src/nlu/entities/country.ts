/**
 * Countries and regions a shopper names ("do you ship to Germany?", "能寄到德国吗"), valued as ISO
 * 3166-1 alpha-2 codes. Names come from the runtime's own CLDR data (Intl.DisplayNames), in English
 * and Chinese, long and short forms, so no country list is kept by hand; the aliases below are the
 * everyday names CLDR does not give ("Holland", "the States", "澳洲"), and the big cities people name
 * instead of their country ("Shanghai", "巴黎"). Regions are named too, by their codes in regions.ts:
 * "EU" for the European Union, and the UN's continent codes, "142" for "Asia" / "亚洲".
 */
import type { Entity } from '../types';
import { entityFrom, escapeRegExp } from './match';
import { REGION_CODES } from './regions';

/** Codes CLDR names that are not places a parcel goes to. */
const NOT_DESTINATIONS = new Set(['EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);

const ALIASES: Record<string, string> = {
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  uk: 'GB',
  'u.k.': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'the us': 'US',
  america: 'US',
  'the states': 'US',
  'united states of america': 'US',
  holland: 'NL',
  turkey: 'TR',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  korea: 'KR',
  macau: 'MO',
  uae: 'AE',
  emirates: 'AE',
  'mainland china': 'CN',
  vatican: 'VA',
  burma: 'MM',
  swaziland: 'SZ',
  'cape verde': 'CV',
  'east timor': 'TL',
  'the eu': 'EU',
  australasia: '009',
  'the americas': '003',
  'central america': '003',
  'the caribbean': '003',
  // The cities a parcel is most often asked about by name ("do you deliver to Shanghai?"); none
  // that is also an everyday word ("Nice", "Reading", "Bath").
  london: 'GB',
  manchester: 'GB',
  birmingham: 'GB',
  edinburgh: 'GB',
  glasgow: 'GB',
  belfast: 'GB',
  cardiff: 'GB',
  dublin: 'IE',
  paris: 'FR',
  berlin: 'DE',
  munich: 'DE',
  madrid: 'ES',
  barcelona: 'ES',
  rome: 'IT',
  milan: 'IT',
  amsterdam: 'NL',
  'new york': 'US',
  'los angeles': 'US',
  'san francisco': 'US',
  toronto: 'CA',
  vancouver: 'CA',
  sydney: 'AU',
  melbourne: 'AU',
  tokyo: 'JP',
  seoul: 'KR',
  shanghai: 'CN',
  beijing: 'CN',
  dubai: 'AE',
  伦敦: 'GB',
  曼彻斯特: 'GB',
  爱丁堡: 'GB',
  巴黎: 'FR',
  柏林: 'DE',
  纽约: 'US',
  洛杉矶: 'US',
  旧金山: 'US',
  多伦多: 'CA',
  温哥华: 'CA',
  悉尼: 'AU',
  墨尔本: 'AU',
  东京: 'JP',
  首尔: 'KR',
  北京: 'CN',
  上海: 'CN',
  广州: 'CN',
  深圳: 'CN',
  杭州: 'CN',
  成都: 'CN',
  南京: 'CN',
  武汉: 'CN',
  天津: 'CN',
  重庆: 'CN',
  西安: 'CN',
  苏州: 'CN',
  台北: 'TW',
  迪拜: 'AE',
  英格兰: 'GB',
  苏格兰: 'GB',
  威尔士: 'GB',
  北爱尔兰: 'GB',
  大不列颠: 'GB',
  美利坚: 'US',
  中国大陆: 'CN',
  中国香港: 'HK',
  中国澳门: 'MO',
  中国台湾: 'TW',
  内地: 'CN',
  南韩: 'KR',
  澳洲: 'AU',
  纽西兰: 'NZ',
  南美: '005',
  北美: '003',
  澳新: '009',
};

/** Abbreviations that are ordinary words in lower case ("us"): matched only as written. */
const EXACT: Record<string, string> = { US: 'US', EU: 'EU' };

/** Lower case without accents, one character for one, so match positions stay those of the text. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    out += base.length === ch.length ? base : ch;
  }
  return out.replace(/’/g, "'");
}

type NameStyle = 'long' | 'short';
const namers = new Map<string, Intl.DisplayNames>();

/**
 * CLDR's name of a region in a locale ("DE" → "Germany", "德国"), undefined when it has none. The
 * formatters are made once per locale and style: making one costs about 25 µs, a lookup about 1 µs.
 */
export function regionName(code: string, locale: 'en' | 'zh-Hans', style: NameStyle = 'long'): string | undefined {
  const key = `${locale}/${style}`;
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    namers.set(key, namer);
  }
  return namer.of(code);
}

/**
 * Whether the code is a current ISO 3166-1 alpha-2 code CLDR can name: "DE" yes; "XY" no, nor the
 * retired "UK" or "FX", which CLDR still names after the country that replaced them.
 */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_DESTINATIONS.has(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  return regionName(code, 'en') !== undefined;
}

interface Lexicon {
  byName: Map<string, string>;
  latin: RegExp;
  han: RegExp;
}

function buildLexicon(): Lexicon {
  const byName = new Map<string, string>();
  const forms = (['en', 'zh-Hans'] as const).flatMap((locale) =>
    (['long', 'short'] as const).map((style) => ({ locale, style })),
  );
  const countries: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isKnownCountry(code)) countries.push(code);
    }
  }
  for (const code of [...countries, ...REGION_CODES]) {
    for (const { locale, style } of forms) {
      const name = regionName(code, locale, style);
      // CLDR's short "UK" and "US" are left to ALIASES and EXACT, which know "us" is a word.
      if (name && !/^[A-Z]{2,3}$/.test(name)) byName.set(fold(name), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) byName.set(fold(name), code);
  const names = [...byName.keys()].sort((x, y) => y.length - x.length);
  const isHan = (n: string) => /\p{Script=Han}/u.test(n);
  // Latin names end at a word edge (no "oman" inside "woman"); Chinese has no word edges to find.
  const latin = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names
      .filter((n) => !isHan(n))
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const han = new RegExp(names.filter(isHan).map(escapeRegExp).join('|'), 'gu');
  return { byName, latin, han };
}

const EXACT_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(EXACT).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Names that are as often a person, a food or a garment: "I'm Chad", "the turkey", "a jersey". */
const AMBIGUOUS = new Set(['chad', 'jordan', 'georgia', 'jersey', 'turkey', 'guinea', 'chile', 'china', 'sydney']);
const PLACE_BEFORE = /\b(to|in|into|from|for|via|ship|shipping|deliver|delivery|send|post|and|or|about)\s+(the\s+)?$/;

/** An ambiguous name counts as a place after "to", "in", "from"… or when it is the whole message. */
function placeCue(folded: string, start: number, length: number): boolean {
  if (PLACE_BEFORE.test(folded.slice(Math.max(0, start - 20), start))) return true;
  return folded.slice(0, start).trim() === '' && /^[\s?.!]*$/.test(folded.slice(start + length));
}

// Built on first use: some 600 names, the same for every message.
let lexicon: Lexicon | undefined;

/** Every country or region the text names, longest name first where two overlap. */
export function extractCountries(text: string): Entity[] {
  lexicon ??= buildLexicon();
  const folded = fold(text);
  const found: Entity[] = [];
  for (const pattern of [lexicon.latin, lexicon.han]) {
    for (const m of folded.matchAll(pattern)) {
      const code = lexicon.byName.get(m[0]);
      if (!code || (AMBIGUOUS.has(m[0]) && !placeCue(folded, m.index, m[0].length))) continue;
      found.push(entityFrom('country', code, text.slice(m.index, m.index + m[0].length), m.index));
    }
  }
  for (const m of text.matchAll(EXACT_PATTERN)) {
    const code = EXACT[m[0]];
    if (code) found.push(entityFrom('country', code, m[0], m.index));
  }
  return found;
}
