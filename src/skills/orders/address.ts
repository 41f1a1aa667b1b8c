/** Reads a delivery address typed in one line: "12 High Street, London, SW1A 1AA". */
import type { Address } from '../../store/entities';

export type AddressParts = Pick<Address, 'line1' | 'city' | 'postcode'> & { line2?: string };

export function parseAddress(text: string): AddressParts | undefined {
  const parts = text
    .split(/[,，\n;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
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
