/**
 * Regions a shopper asks about as one place ("do you ship to Asia?", "能寄到欧洲吗"), with their
 * countries as ISO 3166-1 alpha-2 codes. Continents follow the UN's M49 grouping (their codes are
 * the ones CLDR names, so "142" reads "Asia" and "亚洲" without a hand-kept name), except that Cyprus
 * is in Europe, as shoppers and the EU count it, not in Asia. "EU" is the European Union.
 */

const MEMBERS: Record<string, string> = {
  EU: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE',
  // Europe
  '150':
    'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA',
  // Asia
  '142':
    'KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP PK LK AM AZ BH GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  // Africa
  '002':
    'DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  // North America, with Central America and the Caribbean
  '003':
    'US CA MX GL BM PM BZ CR SV GT HN NI PA AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI',
  // South America
  '005': 'AR BO BR CL CO EC FK GF GY PE PY SR UY VE',
  // Oceania
  '009': 'AU NZ NF FJ NC PG SB VU FM GU KI MH MP NR PW AS CK NU PF PN TK TO TV WF WS',
};

/** The region codes, for names: M49 codes and "EU". */
export const REGION_CODES: readonly string[] = Object.keys(MEMBERS);

/** True for a region code ("142", "EU"), false for a country. */
export function isRegion(code: string): boolean {
  return code in MEMBERS;
}

/** The countries of a region; empty for a code that is not one. */
export function regionMembers(code: string): string[] {
  return MEMBERS[code]?.split(' ') ?? [];
}
