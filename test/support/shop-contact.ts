import type { ShopPolicy } from '../../src/commerce/types';

/** A shop's contact details, open Monday to Friday, 9:00–17:00 London time. */
export const LONDON_WEEKDAYS: ShopPolicy['contact'] = {
  email: 'a@b.c',
  phone: '1',
  timezone: 'Europe/London',
  days: [1, 2, 3, 4, 5],
  openHour: 9,
  closeHour: 17,
};
