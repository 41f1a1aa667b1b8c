import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeContactHours, isWithinContactHours } from '../../../src/commerce/policy/contact-hours';
import { loadShopPolicy, parseShopPolicy } from '../../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../../src/commerce/types';
import { LONDON_WEEKDAYS } from '../../support/shop-contact';

function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-')), name);
  writeFileSync(file, content);
  return file;
}

describe('shop policy', () => {
  it('loads the built-in demo policy', () => {
    const policy = loadShopPolicy();
    expect(policy.shopName).toBe('Maple & Thread');
    expect(policy.currency).toBe('GBP');
    expect(policy.returns.windowDays).toBe(30);
    expect(policy.returns.exchanges?.zh).toMatch(/换货/);
    expect(policy.shipping.map((s) => s.id)).toEqual(['standard', 'express', 'next-day']);
    expect(policy.shipping[0]?.name.zh).toBeTruthy();
    expect(policy.contact.timezone).toBe('Europe/London');
  });

  it('loads a good policy file', () => {
    const good = { ...loadShopPolicy(), shopName: 'Elsewhere' };
    expect(loadShopPolicy(writeTemp('good.json', JSON.stringify(good))).shopName).toBe('Elsewhere');
  });

  it('names the bad field when a file is invalid', () => {
    const bad = structuredClone(loadShopPolicy()) as unknown as { shipping: { name: { zh?: string } }[] };
    delete bad.shipping[1]?.name.zh;
    const file = writeTemp('bad.json', JSON.stringify(bad));
    expect(() => loadShopPolicy(file)).toThrow(/shipping\.1\.name\.zh/);
    expect(() => loadShopPolicy(file)).toThrow(file);
  });

  it('checks every destination is a current country code, in one place only', () => {
    const policy = loadShopPolicy();
    const destinations = policy.destinations;
    if (!destinations) throw new Error('the demo policy lists its destinations');
    const withZones = (zones: unknown[], home: string[] = destinations.home) => ({
      ...policy,
      destinations: { home, zones },
    });
    const europe = destinations.zones[0];
    expect(parseShopPolicy(withZones([])).destinations?.zones).toEqual([]);
    expect(() => parseShopPolicy(withZones([{ ...europe, countries: ['XY'] }]))).toThrow(
      /zones\.0\.countries\.0: must be an ISO/,
    );
    // "UK" and "FX" are retired codes: CLDR still names them, so only the check keeps them out.
    expect(() => parseShopPolicy(withZones([], ['UK']))).toThrow(/home\.0/);
    expect(() => parseShopPolicy(withZones([{ ...europe, countries: ['FX'] }]))).toThrow(/must be an ISO/);
    expect(() => parseShopPolicy(withZones([{ ...europe, countries: ['GB'] }]))).toThrow(/GB is already in home/);
    expect(() => parseShopPolicy(withZones([europe, { ...europe, id: 'again' }]))).toThrow(
      /FR is already in zone europe/,
    );
    expect(() => parseShopPolicy(withZones([{ ...europe, minDays: 5, maxDays: 2 }]))).toThrow(
      /minDays must not exceed/,
    );
    const { destinations: _omitted, ...without } = policy;
    expect(parseShopPolicy(without).destinations).toBeUndefined();
  });

  it('takes delivery areas as optional, but in both languages when given', () => {
    const { deliveryAreas, ...withoutAreas } = loadShopPolicy();
    expect(deliveryAreas?.en).toMatch(/PO boxes/);
    expect(parseShopPolicy(withoutAreas).deliveryAreas).toBeUndefined();
    expect(() => parseShopPolicy({ ...withoutAreas, deliveryAreas: { en: 'UK only' } })).toThrow(/deliveryAreas\.zh/);
  });

  it('takes a product page address with {id}, over http or https only', () => {
    const policy = loadShopPolicy();
    const page = 'https://shop.example/products/{id}';
    expect(parseShopPolicy({ ...policy, productPageUrl: page }).productPageUrl).toBe(page);
    for (const bad of [
      'https://shop.example/products',
      'javascript:alert(1)//{id}',
      'ftp://shop.example/{id}',
      '{id}',
    ]) {
      expect(() => parseShopPolicy({ ...policy, productPageUrl: bad })).toThrow(/productPageUrl/);
    }
  });

  it('rejects an unknown time zone and a negative return window', () => {
    const policy = loadShopPolicy();
    expect(() => parseShopPolicy({ ...policy, contact: { ...policy.contact, timezone: 'Mars/Olympus' } })).toThrow(
      /contact\.timezone/,
    );
    expect(() => parseShopPolicy({ ...policy, returns: { ...policy.returns, windowDays: -1 } })).toThrow(
      /returns\.windowDays/,
    );
  });

  it('reports unreadable and non-JSON files clearly', () => {
    expect(() => loadShopPolicy('/nonexistent/policy.json')).toThrow(/cannot read shop policy file/);
    expect(() => loadShopPolicy(writeTemp('broken.json', '{ nope'))).toThrow(/not valid JSON/);
  });
});

describe('contact hours', () => {
  const london: Pick<ShopPolicy, 'contact'> = { contact: LONDON_WEEKDAYS };

  it('follows London time through the change to summer time', () => {
    // Winter: London = UTC. 08:30 UTC is 08:30 local (closed), 09:30 UTC is open.
    expect(isWithinContactHours(london, new Date('2026-01-14T08:30:00Z'))).toBe(false);
    expect(isWithinContactHours(london, new Date('2026-01-14T09:30:00Z'))).toBe(true);
    // Summer: London = UTC+1. 08:30 UTC is 09:30 local (open); 16:30 UTC is 17:30 local (closed).
    expect(isWithinContactHours(london, new Date('2026-07-15T08:30:00Z'))).toBe(true);
    expect(isWithinContactHours(london, new Date('2026-07-15T16:30:00Z'))).toBe(false);
  });

  it('uses the shop weekday, not the UTC one', () => {
    const shanghai = { contact: { ...london.contact, timezone: 'Asia/Shanghai' } };
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai: a weekday, but before opening.
    expect(isWithinContactHours(shanghai, new Date('2026-01-11T23:30:00Z'))).toBe(false);
    // Monday 02:00 UTC is Monday 10:00 in Shanghai: open, though it is 02:00 in London.
    expect(isWithinContactHours(shanghai, new Date('2026-01-12T02:00:00Z'))).toBe(true);
    expect(isWithinContactHours(london, new Date('2026-01-12T02:00:00Z'))).toBe(false);
    // Saturday is not a contact day.
    expect(isWithinContactHours(london, new Date('2026-01-17T11:00:00Z'))).toBe(false);
  });

  it('reads the hours one way in every reply, in both languages', () => {
    expect(describeContactHours(loadShopPolicy().contact, 'en')).toBe(
      'Monday to Saturday, 09:00–18:00, United Kingdom Time',
    );
    expect(describeContactHours(loadShopPolicy().contact, 'zh')).toBe('星期一至星期六 09:00–18:00 英国时间');
    expect(describeContactHours(LONDON_WEEKDAYS, 'en')).toBe('Monday to Friday, 09:00–17:00, United Kingdom Time');
  });

  it('collapses runs of three or more days and lists the rest', () => {
    const scattered = { ...LONDON_WEEKDAYS, days: [6, 0, 1, 3, 3] };
    expect(describeContactHours(scattered, 'en')).toBe(
      'Sunday, Monday, Wednesday and Saturday, 09:00–17:00, United Kingdom Time',
    );
    const split = { ...LONDON_WEEKDAYS, days: [1, 2, 3, 5, 6], timezone: 'Asia/Shanghai' };
    expect(describeContactHours(split, 'en')).toBe(
      'Monday to Wednesday, Friday and Saturday, 09:00–17:00, China Standard Time',
    );
    expect(describeContactHours(split, 'zh')).toBe('星期一至星期三、星期五和星期六 09:00–17:00 中国标准时间');
  });
});
