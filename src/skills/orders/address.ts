/** Reads a delivery address typed in one line: "12 High Street, London, SW1A 1AA". */
import type { Address } from '../../store/entities';

export type AddressParts = Pick<Address, 'line1' | 'city' | 'postcode'> & { line2?: string };

/** "London NW1 6XE", "Paris 75008", "Austin TX 78701": a town followed by its postcode, no comma between. */
const TOWN_THEN_POSTCODE =
  /^(\p{L}[\p{L}\s'.-]*?)\s+((?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})|(?:[A-Z]{2}\s+)?\d{4,6}(?:-\d{4})?)$/iu;

export function parseAddress(text: string): AddressParts | undefined {
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
