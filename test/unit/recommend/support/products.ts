/** Small hand-written products for the recommender's tests. */
import type { Product } from '../../../../src/store/entities';

export function product(
  id: string,
  overrides: Partial<Product> & { en?: string; zh?: string; stock?: number } = {},
): Product {
  const { en, zh, stock, ...rest } = overrides;
  const colours = rest.colours ?? ['black'];
  return {
    id,
    name: { en: en ?? id, zh: zh ?? '' },
    description: { en: '', zh: '' },
    category: 'tops',
    priceCents: 5000,
    currency: 'GBP',
    colours,
    sizes: ['M'],
    variants: colours.map((colour) => ({ sku: `${id}-${colour}`, colour, size: 'M', stock: stock ?? 5 })),
    tags: [],
    finalSale: false,
    consumable: false,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
  };
}
