/** Reads a delivery address typed in one line: "12 High Street, London, SW1A 1AA". */
import type { Address } from '../../store/entities';

export type AddressParts = Pick<Address, 'line1' | 'city' | 'postcode'> & { line2?: string };

/** "London NW1 6XE", "Paris 75008", "Austin TX 78701": a town followed by its postcode, no comma between. */
const TOWN_THEN_POSTCODE =
  /^(\p{L}[\p{L}\s'.-]*?)\s+((?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})|(?:[A-Z]{2}\s+)?\d{4,6}(?:-\d{4})?)$/iu;

/**
 * A Chinese address runs from large to small, without commas: "北京市朝阳区建国路88号 100022" is the
 * city, then district, street and number, with the six-digit postcode before or after.
 */
const CHINESE_ADDRESS =
  /^\s*(?:(\d{6})[\s,，]*)?((?:\p{Script=Han}{2,}?(?:省|自治区))?\p{Script=Han}{2,}?市)\s*(\S.*?\d+\s*号.*?)(?:[\s,，]*(\d{6}))?\s*$/u;

function parseChineseAddress(text: string): AddressParts | undefined {
  const match = text.match(CHINESE_ADDRESS);
  const postcode = match?.[1] ?? match?.[4];
  if (!match?.[2] || !match[3] || !postcode) return undefined;
  return { line1: match[3].trim(), city: match[2], postcode };
}

export function parseAddress(text: string): AddressParts | undefined {
  if (/\p{Script=Han}/u.test(text) && !/[,，]\s*\p{Script=Han}+\s*[,，]/u.test(text)) {
    const chinese = parseChineseAddress(text);
    if (chinese) return chinese;
  }
  const parts = text
    .split(/[,，\n;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const townAndPostcode = parts.length >= 2 ? parts[parts.length - 1]?.match(TOWN_THEN_POSTCODE) : null;
  if (townAndPostcode?.[1] && townAndPostcode[2]) parts.splice(-1, 1, townAndPostcode[1], townAndPostcode[2]);
  if (parts.length < 3) return undefined;
  const postcode = parts[parts.length - 1] ?? '';
  const city = parts[parts.length - 2] ?? '';
  const [line1 = '', ...middle] = parts.slice(0, -2);
  // A street without a number and a postcode without a digit are almost always a misunderstanding.
  if (!/\d/.test(postcode) || !/\d/.test(line1) || city.length < 2) return undefined;
  const address: AddressParts = { line1, city, postcode: postcode.toUpperCase() };
  if (middle.length) address.line2 = middle.join(', ');
  return address;
}

/**
 * An address as people write it: "12 High St, London, SW1A 1AA", and a Chinese one from the city
 * down, with the postcode after ("上海市徐汇区漕溪北路88号 200030").
 */
export function addressLine(parts: AddressParts): string {
  if (/\p{Script=Han}/u.test(`${parts.city}${parts.line1}`)) {
    return `${parts.city}${parts.line1}${parts.line2 ?? ''} ${parts.postcode}`.trim();
  }
  return [parts.line1, parts.line2, parts.city, parts.postcode].filter(Boolean).join(', ');
}
