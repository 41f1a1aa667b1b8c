/** The whole demo catalogue, keyed by category (the keys are DEMO_CATEGORIES). */
import { ACCESSORIES } from './accessories';
import { BAGS } from './bags';
import { DRESSES } from './dresses';
import { HOME } from './home';
import { JACKETS } from './jackets';
import { JEANS } from './jeans';
import type { ProductDef } from './product-def';
import { SHOES } from './shoes';
import { TOPS } from './tops';

export const DEMO_CATALOGUE: Record<string, ProductDef[]> = {
  dresses: DRESSES,
  tops: TOPS,
  jeans: JEANS,
  jackets: JACKETS,
  shoes: SHOES,
  bags: BAGS,
  accessories: ACCESSORIES,
  home: HOME,
};

export { CLOTHING_SIZES, MATERIALS, ONE_SIZE, type ProductDef, SHOE_SIZES } from './product-def';
