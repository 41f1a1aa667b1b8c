/**
 * The shape in which the demo catalogue is written by hand: one line of facts per product plus short
 * copy in both languages. The seed expands it into full Product records with variants and stock.
 */

export const MATERIALS = {
  cotton: { en: '100% organic cotton', zh: '100% 有机棉' },
  linen: { en: '100% European linen', zh: '100% 欧洲亚麻' },
  viscose: { en: 'Viscose from certified forests', zh: '认证林木来源粘胶纤维' },
  silk: { en: '100% mulberry silk', zh: '100% 桑蚕丝' },
  wool: { en: 'Merino wool', zh: '美利奴羊毛' },
  cashmere: { en: '100% cashmere', zh: '100% 羊绒' },
  denim: { en: '98% cotton, 2% elastane denim', zh: '98% 棉 2% 弹性纤维牛仔布' },
  rigidDenim: { en: '100% cotton rigid denim', zh: '100% 棉原色牛仔布' },
  leather: { en: 'Vegetable-tanned leather', zh: '植鞣皮革' },
  suede: { en: 'Soft suede', zh: '柔软绒面革' },
  canvas: { en: 'Heavy cotton canvas', zh: '厚棉帆布' },
  straw: { en: 'Hand-woven seagrass straw', zh: '手工编织海草' },
  mesh: { en: 'Recycled knit mesh with a foam sole', zh: '再生针织网面，泡棉鞋底' },
  nylon: { en: 'Recycled nylon', zh: '再生尼龙' },
  polyester: { en: 'Recycled polyester', zh: '再生聚酯纤维' },
  wax: { en: 'Soy and rapeseed wax', zh: '大豆与菜籽植物蜡' },
  ceramic: { en: 'Glazed stoneware', zh: '釉面粗陶' },
  brass: { en: 'Recycled brass', zh: '再生黄铜' },
  bambooBlend: { en: 'Bamboo and cotton blend', zh: '竹纤维混纺棉' },
} as const;

export type MaterialKey = keyof typeof MATERIALS;

export interface ProductDef {
  /** Stable, readable id; also the image file name. */
  id: string;
  en: string;
  zh: string;
  descEn: string;
  descZh: string;
  material: MaterialKey;
  /** Price in pounds; the seed stores pence. */
  price: number;
  colours: string[];
  tags: string[];
  /** Overrides the category's usual size run. */
  sizes?: string[];
  finalSale?: boolean;
  consumable?: boolean;
}

export const CLOTHING_SIZES = ['XS', 'S', 'M', 'L', 'XL'];
export const SHOE_SIZES = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45'];
export const ONE_SIZE = ['One size'];
