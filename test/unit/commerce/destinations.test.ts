import { countryName, destinationOf } from '../../../src/commerce/policy/destinations';
import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import type { DeliveryZone } from '../../../src/commerce/types';

const zone = (id: string, countries: string[]): DeliveryZone => ({
  id,
  name: { en: id, zh: id },
  countries,
  minDays: 2,
  maxDays: 4,
});

describe('destinations', () => {
  const destinations = { home: ['GB'], zones: [zone('near', ['FR', 'DE']), zone('far', ['US', 'JP'])] };

  it('places a country at home, in its zone, or nowhere', () => {
    expect(destinationOf(destinations, 'GB')).toEqual({ kind: 'home' });
    expect(destinationOf(destinations, 'DE')).toMatchObject({ kind: 'zone', zone: { id: 'near' } });
    expect(destinationOf(destinations, 'JP')).toMatchObject({ kind: 'zone', zone: { id: 'far' } });
    expect(destinationOf(destinations, 'BR')).toEqual({ kind: 'none' });
  });

  it('answers for the EU when all its members are in one place, and asks for a country when they are not', () => {
    expect(destinationOf(destinations, 'EU')).toEqual({ kind: 'mixed' });
    expect(destinationOf({ home: ['GB'], zones: [] }, 'EU')).toEqual({ kind: 'none' });
    const demo = loadShopPolicy().destinations;
    if (!demo) throw new Error('the demo policy lists its destinations');
    expect(destinationOf(demo, 'EU')).toMatchObject({ kind: 'zone', zone: { id: 'europe' } });
  });

  it('names countries as a reply says them', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('GB', 'en')).toBe('the United Kingdom');
    expect(countryName('US', 'en')).toBe('the United States');
    expect(countryName('NL', 'en')).toBe('the Netherlands');
    expect(countryName('KY', 'en')).toBe('the Cayman Islands');
    expect(countryName('HK', 'en')).toBe('Hong Kong');
    expect(countryName('HK', 'zh')).toBe('香港');
    expect(countryName('DE', 'zh')).toBe('德国');
    expect(countryName('EU', 'en')).toBe('the EU');
  });
});
