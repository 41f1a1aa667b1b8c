/**
 * Surface forms of category and colour keys in both languages. The NLU's entity extractors and the
 * catalog search read the same table, so "黑色", "黑" and "black" all mean the colour key `black`.
 * A shop's own categories or colours that are missing here still work under their bare key.
 */

export const CATEGORY_FORMS: Record<string, { en: string[]; zh: string[] }> = {
  dresses: { en: ['dresses', 'dress', 'frock', 'frocks'], zh: ['连衣裙', '裙子', '长裙', '短裙', '裙'] },
  tops: {
    en: ['tops', 'top', 'shirt', 'shirts', 'blouse', 'blouses', 't-shirt', 't-shirts', 'tee', 'tees', 'jumper'],
    zh: ['上衣', '衬衫', 'T恤', '毛衣', '针织衫'],
  },
  jeans: { en: ['jeans', 'denim', 'denims'], zh: ['牛仔裤', '牛仔'] },
  jackets: {
    en: ['jackets', 'jacket', 'coat', 'coats', 'blazer', 'blazers', 'parka'],
    zh: ['外套', '夹克', '大衣', '西装外套', '风衣'],
  },
  shoes: {
    en: [
      'shoes',
      'shoe',
      'trainers',
      'trainer',
      'sneakers',
      'sneaker',
      'boots',
      'boot',
      'sandals',
      'loafers',
      'wedges',
    ],
    zh: ['鞋子', '鞋', '运动鞋', '跑鞋', '靴子', '靴', '凉鞋', '乐福鞋', '坡跟鞋'],
  },
  bags: {
    en: ['bags', 'bag', 'handbag', 'handbags', 'tote', 'totes', 'backpack', 'purse'],
    zh: ['包包', '包', '手提包', '托特包', '背包', '钱包'],
  },
  accessories: {
    en: ['accessories', 'accessory', 'scarf', 'scarves', 'hat', 'hats', 'belt', 'belts', 'socks', 'jewellery'],
    zh: ['配饰', '配件', '围巾', '帽子', '腰带', '袜子', '首饰'],
  },
  home: {
    en: ['home', 'homeware', 'homewares', 'candle', 'candles', 'cushion', 'throw', 'mug'],
    zh: ['家居', '家居用品', '蜡烛', '香薰蜡烛', '靠垫', '毯子', '杯子'],
  },
};

/**
 * The forms that name a whole category ("shoes", "鞋"). Other forms name a kind within it ("boots",
 * "跑鞋"): a search for those wants products of that kind, not the whole category.
 */
export const GENERIC_CATEGORY_FORMS: Record<string, string[]> = {
  dresses: ['dresses', 'dress', '连衣裙', '裙子', '裙'],
  tops: ['tops', 'top', '上衣'],
  jeans: ['jeans', 'denim', 'denims', '牛仔裤', '牛仔'],
  jackets: ['jackets', 'jacket', 'coat', 'coats', '外套'],
  shoes: ['shoes', 'shoe', '鞋子', '鞋'],
  bags: ['bags', 'bag', '包包', '包'],
  accessories: ['accessories', 'accessory', '配饰', '配件'],
  home: ['home', 'homeware', 'homewares', '家居', '家居用品'],
};

export function isGenericCategoryForm(key: string, form: string): boolean {
  const generic = GENERIC_CATEGORY_FORMS[key];
  // A shop's own category has no known kinds: its forms all name the whole category.
  return generic === undefined || generic.includes(form);
}

/** Colour keys with their forms and a display swatch (for product images). */
export const COLOUR_FORMS: Record<string, { en: string[]; zh: string[]; hex: string }> = {
  black: { en: ['black'], zh: ['黑色', '黑'], hex: '#1f1f24' },
  white: { en: ['white'], zh: ['白色', '白'], hex: '#f7f5f0' },
  cream: { en: ['cream', 'ivory', 'off-white'], zh: ['米白色', '奶油色', '米白'], hex: '#efe6d2' },
  beige: { en: ['beige', 'sand', 'camel'], zh: ['米色', '驼色', '卡其色'], hex: '#c8ad86' },
  brown: { en: ['brown', 'tan', 'chocolate'], zh: ['棕色', '咖啡色', '棕'], hex: '#7a4f32' },
  grey: { en: ['grey', 'gray'], zh: ['灰色', '灰'], hex: '#8d9096' },
  navy: { en: ['navy', 'navy blue'], zh: ['海军蓝', '藏青色', '藏青'], hex: '#22304f' },
  blue: { en: ['blue', 'light blue'], zh: ['蓝色', '浅蓝色', '蓝'], hex: '#4c7fc0' },
  green: { en: ['green', 'sage'], zh: ['绿色', '鼠尾草绿', '绿'], hex: '#5f8a5a' },
  olive: { en: ['olive', 'khaki'], zh: ['橄榄绿', '军绿色'], hex: '#6b6b3a' },
  red: { en: ['red', 'scarlet'], zh: ['红色', '红'], hex: '#c0392b' },
  burgundy: { en: ['burgundy', 'wine', 'maroon'], zh: ['酒红色', '酒红'], hex: '#6d1f33' },
  pink: { en: ['pink', 'blush', 'rose'], zh: ['粉色', '粉红色', '粉'], hex: '#e8a3b5' },
  yellow: { en: ['yellow', 'mustard'], zh: ['黄色', '芥末黄', '黄'], hex: '#e0b53a' },
  orange: { en: ['orange', 'rust'], zh: ['橙色', '铁锈色', '橙'], hex: '#d2692c' },
  purple: { en: ['purple', 'lilac', 'lavender'], zh: ['紫色', '淡紫色', '紫'], hex: '#8a6bb0' },
  silver: { en: ['silver'], zh: ['银色', '银'], hex: '#b9bcc2' },
  gold: { en: ['gold', 'golden'], zh: ['金色', '金'], hex: '#c9a23f' },
};

/**
 * Colour families a shopper asks for without naming a colour ("neutral colours", "something bright",
 * "素一点的", "深色的"), as the colour keys above they take in. A shop's own colour keys belong to none.
 * "Light" and "lighter" alone are left out: "a lighter jacket" is about weight.
 */
export const COLOUR_FAMILIES: Record<string, { en: string[]; zh: string[]; colours: string[] }> = {
  neutral: {
    en: [
      'neutral',
      'neutrals',
      'neutral colours',
      'neutral colors',
      'neutral tones',
      'muted colours',
      'muted colors',
      'muted',
      'plain colours',
      'plain colors',
      'earth tones',
      'earthy colours',
      'earthy colors',
      'understated colours',
    ],
    zh: ['素一点', '素一些', '素色', '素净', '素雅', '中性色', '大地色', '低调的颜色', '百搭色', '基础色'],
    colours: ['black', 'white', 'cream', 'beige', 'brown', 'grey', 'navy', 'olive'],
  },
  bright: {
    en: [
      'bright colours',
      'bright colors',
      'bright',
      'brighter',
      'brights',
      'colourful',
      'colorful',
      'vibrant',
      'bold colours',
      'bold colors',
      'pop of colour',
      'pop of color',
    ],
    zh: ['鲜艳', '艳一点', '亮色', '亮一点的颜色', '彩色', '颜色亮', '色彩鲜明'],
    colours: ['red', 'pink', 'yellow', 'orange', 'blue', 'green', 'purple'],
  },
  dark: {
    en: [
      'dark colours',
      'dark colors',
      'darker colours',
      'darker colors',
      'dark',
      'darker',
      'deep colours',
      'deep colors',
    ],
    zh: ['深色', '深一点', '暗色', '深颜色'],
    colours: ['black', 'navy', 'burgundy', 'brown', 'olive', 'grey'],
  },
  light: {
    en: [
      'light colours',
      'light colors',
      'light-coloured',
      'light-colored',
      'pale colours',
      'pale colors',
      'pale',
      'pastel',
      'pastels',
      'pastel colours',
      'pastel colors',
    ],
    zh: ['浅色', '浅一点', '淡色', '淡一点', '浅颜色', '马卡龙色'],
    colours: ['white', 'cream', 'beige', 'pink', 'blue', 'purple'],
  },
};

/** The colour keys of a family; none for a key that is no family. */
export function familyColours(key: string): string[] {
  return COLOUR_FAMILIES[key]?.colours ?? [];
}

export function categoryForms(key: string): string[] {
  const forms = CATEGORY_FORMS[key];
  return forms ? [...forms.en, ...forms.zh] : [key];
}

export function colourForms(key: string): string[] {
  const forms = COLOUR_FORMS[key];
  return forms ? [...forms.en, ...forms.zh] : [key];
}

export function colourHex(key: string): string {
  return COLOUR_FORMS[key]?.hex ?? '#9a8f80';
}

/** The colour's name in a language, for cards and replies. */
export function colourName(key: string, lang: 'en' | 'zh'): string {
  return COLOUR_FORMS[key]?.[lang][0] ?? key;
}
