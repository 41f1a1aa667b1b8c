/**
 * Questions about one product — "is it in stock in M?", "what is it made of?", "多少钱" — answered about
 * the product the shopper points at (button, name, "the second one", "the blue one", "it").
 */

import { escapeRegExp } from '../../commerce/catalog/text';
import type { Lang } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { bareSize, rememberProduct, resolveProduct, selectingColour, shownProducts } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { isOneSize, list, localized, money } from '../format';
import type { SkillTurn } from '../types';
import { colourName, productCard } from './cards';
import { adviseSize } from './size-advice';
import { chartSize, sayChartSize, sizesOf } from './size-chart';
import { asksLength, asksPopularVariant } from './unanswerable';

/** What a product question asks about, by its words. */
export const ASKS = {
  price: /price|cost|how much|expensive|cheap|多少钱|价格|价钱|几块|贵/i,
  material: /material|made of|made from|fabric|cotton|wool|linen|leather|材质|面料|什么做的|成分/i,
  sizes: /sizes?\b|fit|尺码|码数|尺寸|大小/i,
  colours: /colou?rs?\b|shades?|颜色|色/i,
  stock: /stock|available|availability|sold out|have (it|them|any)|left|有货|库存|还有|缺货|卖完/i,
  care: /\bwash|washable|dry[ -]?clean|tumble|\biron(ing)?\b|care (instructions|label)|how (do i|to) (clean|care)|洗|干洗|熨|保养/i,
  /** How it feels or wears: the catalogue has no such field, only the description and material. */
  qualities:
    /\b(warm|warmth|waterproof|water[- ]?resistant|rainproof|windproof|breathable|stretchy|stretch|see[- ]through|sheer|heavy|lightweight|itchy|scratchy|soft|comfortable|comfy|thick|thin|durable|hard[- ]wearing|lined|unlined|padded|quilted)\b|有内衬|内衬|里衬|保暖|暖和|够暖|暖不暖|暖吗|防水|防风|透气|弹性|透不透|透明|重不重|扎人|舒服|厚不厚|薄不薄|耐穿|结实/i,
  /** What it has: pockets, a hood, a zip. Answered from the description, as qualities are. */
  features:
    /\b(pockets?|hood(ed|s)?|zip(s|ped|per|pers)?|buttons?|belt(ed)?|drawstring|adjustable|detachable|removable)\b|口袋|兜|连帽|帽子|拉链|扣子|纽扣|腰带|抽绳|可调节/i,
  dimensions:
    /\bhow (big|large|long|wide|tall|deep)\b|\bdimensions?\b|\bmeasurements?\b|\bwhat size is (it|the)\b|\bfit (a|my) laptop\b|尺寸|多大|多长|多宽|多高|能放下/i,
};

/** A width fitting, which the catalogue has no field for: "wide fit", "narrow feet", "宽脚". */
const WIDTH_FITTING =
  /\b(extra[- ])?(wide|narrow)[- ](fit(ting)?s?|feet|foot|width)\b|\bwide[- ]?width\b|宽脚|脚宽|宽楦|加宽|窄脚|脚窄/i;

const NEGATION = /\b(never|not|no|non|without|won'?t|doesn'?t|isn'?t|free of)\b|不|无|没有/i;

/**
 * What the product's name, tags or description say of the quality asked about, by the word's stem:
 * "stretchy" is said by "Slim Stretch Jeans"; "itchy" by "never itches", which says no. Undefined when
 * they say nothing of it.
 */
export function saysQuality(product: Product, quality: string, lang: Lang): 'yes' | 'no' | undefined {
  const word = quality.toLowerCase();
  const stem = /^[a-z]/.test(word) ? word.replace(/(iness|ness|th|y)$/, '') : word;
  const key = stem.length >= 3 ? stem : word;
  // A Latin stem starts a word ("thin" is not in "within"); Chinese has no words to start.
  const latin = new RegExp(`\\b${escapeRegExp(key)}`, 'i');
  const find = (text: string) => (/^[a-z]/.test(key) ? (latin.exec(text)?.index ?? -1) : text.indexOf(key));
  if (product.tags.some((t) => find(t) >= 0)) return 'yes';
  const sentences = [
    localized(product.name, lang),
    ...localized(product.description, lang).split(/(?<=[.!?。！？])\s*/),
  ];
  for (const sentence of sentences) {
    const at = find(sentence);
    if (at < 0) continue;
    return NEGATION.test(sentence.slice(Math.max(0, at - 30), at)) ? 'no' : 'yes';
  }
  return undefined;
}

/** The product's own label for a size as typed ("s" → "S"); undefined when it has no such size. */
export function sizeLabel(product: Product, size: string): string | undefined {
  return product.sizes.find((s) => s.toLowerCase() === size.toLowerCase());
}

/** "red / S": a variant as the replies name it. */
export function variantLabel(turn: SkillTurn, product: Product, size?: string, colour?: string): string {
  return [colour ? colourName(turn, colour) : '', size ? (sizeLabel(product, size) ?? size) : '']
    .filter(Boolean)
    .join(' / ');
}

/**
 * Stock of one variant, with the next step when it is out. `inStock` replaces the in-stock line
 * ("I'll take the brown ones" says how to buy them instead).
 */
export function answerVariant(
  turn: SkillTurn,
  product: Product,
  size?: string,
  colour?: string,
  inStock?: (variant: string) => void,
): void {
  const name = localized(product.name, turn.ctx.lang);
  if (size && !sizeLabel(product, size)) {
    turn.say('product.no_size', { name, size, sizes: sizesOf(product, turn.ctx.lang) });
    return;
  }
  if (colour && !product.colours.includes(colour)) {
    const colours = list(
      product.colours.map((c) => colourName(turn, c)),
      turn.ctx.lang,
    );
    turn.say('product.no_colour', { name, colour: colourName(turn, colour), colours });
    return;
  }
  const variant = { ...(size ? { size: sizeLabel(product, size) } : {}), ...(colour ? { colour } : {}) };
  turn.state.lastVariant = { productId: product.id, ...variant };
  const units = turn.deps.catalog.stock(product, variant);
  const what = variantLabel(turn, product, size, colour);
  // "Do you have 3 of them?", "I need 10 for my team": enough, or how many there are.
  const wanted = Number(turn.entity('quantity')?.value ?? 1);
  if (units > 0 && wanted > 1) {
    const params = { name, variant: what ? ` (${what})` : '', wanted, count: units };
    if (units >= wanted) turn.say('product.enough_stock', params);
    else
      turn.say('product.fewer_than_wanted', params, {
        quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
      });
    return;
  }
  if (units > 0 && inStock) {
    inStock(what);
    return;
  }
  if (units > 0) {
    turn.say(units <= 3 ? 'product.low_stock' : 'product.in_stock', { name, variant: what, count: units });
    return;
  }
  turn.state.lastSoldOut = { productId: product.id, ...variant };
  turn.say(
    'product.out_of_stock',
    { name, variant: what },
    {
      quickReplies: [turn.quick('card.more_like', payloads.moreLike(product.id))],
    },
  );
}

/** A question about a product's price, material, sizes, colours or stock. */
export function asksAboutProduct(text: string): boolean {
  return Object.values(ASKS).some((pattern) => pattern.test(text));
}

/**
 * No product could be singled out. With several cards on screen the shopper meant one of them, so
 * they become the choices: those in the colour named when more than one has it ("the black one"),
 * all of them when none has it; otherwise the bot offers a search.
 */
export async function askWhichProduct(turn: SkillTurn): Promise<void> {
  // The pick comes back as a button or a name typed; the question it answers is kept for that turn.
  if (turn.text.trim() && !turn.args.productId) {
    turn.state.pendingQuestion = {
      turn: turn.state.turn,
      text: turn.text,
      intent: turn.state.lastIntent ?? 'product.info',
    };
  }
  const shown = await shownProducts(turn);
  if (shown.length < 2) {
    turn.say('product.which', {}, { quickReplies: [turn.quick('menu.products', payloads.intent('product.search'))] });
    return;
  }
  const choices = (products: readonly Product[]) => ({
    quickReplies: products.map((p) => ({ label: localized(p.name, turn.ctx.lang), payload: payloads.product(p.id) })),
  });
  const colour = selectingColour(turn);
  const inColour = colour ? shown.filter((p) => p.colours.includes(colour)) : [];
  if (colour && inColour.length === 0) {
    turn.say('product.none_in_colour', { colour: colourName(turn, colour) }, choices(shown));
  } else if (colour && inColour.length > 1) {
    turn.say('product.which_in_colour', { colour: colourName(turn, colour) }, choices(inColour));
  } else {
    turn.say('product.which_of_these', {}, choices(shown));
  }
}

export async function productInfo(turn: SkillTurn): Promise<void> {
  const product = await resolveProduct(turn);
  if (!product) return askWhichProduct(turn);
  rememberProduct(turn, product);
  const { ctx } = turn;
  // A product looked at in chat counts like a page view: recommendations and propensity learn from it.
  await turn.deps.events?.append({
    customerId: ctx.customer.id,
    conversationId: ctx.conversation.id,
    channel: ctx.message.channel,
    type: 'product_view',
    productId: product.id,
    valueCents: product.priceCents,
    at: ctx.now.toISOString(),
  });
  const lang = turn.ctx.lang;
  const name = localized(product.name, lang);
  // "In a 14": a UK size the chart turns into the product's own label, said so before the answer.
  const chart = turn.entity('size') ? undefined : chartSize(turn, product);
  sayChartSize(turn, product, chart);
  const size = turn.entity('size')?.value ?? chart?.label ?? bareSize(turn);
  const colourEntity = turn.entity('colour')?.value;
  // A colour that picked this product among the cards ("the blue one") is not a question about colour.
  const picking = selectingColour(turn);
  const colour = picking ? undefined : colourEntity;
  // The question without the words that only point at the product: the product's own name ("is the
  // waxed cotton jacket waterproof?" is not a material question) and the colour that picked the card
  // ("粉色的那款" is not a colour question).
  let text = turn.text.replace(turn.entity('product')?.text ?? '', ' ');
  if (picking) text = text.replace(turn.entity('colour')?.text ?? '', ' ');
  // "还有别的颜色吗" (any other colours?) has the stock word 还有 but asks for the colours.
  const asksStockOnly =
    ASKS.stock.test(text) && !ASKS.price.test(text) && !ASKS.colours.test(text) && !ASKS.sizes.test(text);
  const quantity = Number(turn.entity('quantity')?.value ?? 1) > 1;
  if (size || colour || asksStockOnly || quantity) {
    // "Size M?" right after "what about grey?" is grey in M; "in stock?" keeps both.
    const kept = turn.state.lastVariant?.productId === product.id ? turn.state.lastVariant : undefined;
    const keptSize = colour || asksStockOnly ? kept?.size : undefined;
    const keptColour = size || asksStockOnly ? kept?.colour : undefined;
    return answerVariant(turn, product, size ?? keptSize, colour ?? keptColour);
  }
  const params = {
    name,
    price: money(product.priceCents, product.currency, lang),
    sizes: sizesOf(product, lang),
    colours: list(
      product.colours.map((c) => colourName(turn, c)),
      lang,
    ),
    material: product.material ? localized(product.material, lang) : turn.t('product.material_unknown'),
    description: localized(product.description, lang),
    stock: turn.deps.catalog.stock(product),
  };
  // No sales by colour or size: the ones there are, rather than the shop's best sellers.
  if (asksPopularVariant(text)) return turn.say('product.popular_variant_unknown', params);
  // The catalog has no care instructions: say so, with the material, rather than the whole card.
  if (ASKS.care.test(text)) return turn.say('product.care_unknown', params);
  // "Is it warm?", "防水吗": yes when the product's tags or description say so; otherwise there is no
  // rating to give, so the description and material, not the whole card.
  const quality = ASKS.qualities.exec(text)?.[0].toLowerCase();
  if (quality) {
    const said = saysQuality(product, quality, lang);
    if (said === 'yes') return turn.say('product.quality_yes', { ...params, quality });
    if (said === 'no') return turn.say('product.quality_no', { ...params, quality });
    return turn.say('product.qualities', params, {
      quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
    });
  }
  // "Does it have pockets?", "有口袋吗": what its own words say; they rarely say what it lacks.
  const feature = ASKS.features.exec(text)?.[0];
  if (feature) {
    const singular = /^[a-z]/i.test(feature) ? feature.toLowerCase().replace(/(per|pers|ped|ed|s)$/, '') : feature;
    if (saysQuality(product, singular, lang) === 'yes') return turn.say('product.feature_yes', { ...params, feature });
    return turn.say(
      'product.feature_unknown',
      { ...params, feature },
      {
        quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
      },
    );
  }
  // "I'm 5'4, will it be too long?", "我160会不会太长": the catalogue has no lengths, so the product's own
  // words, a person who can measure it, and the return window, rather than the whole card.
  if (asksLength(text) && !product.sizes.every(isOneSize)) {
    return turn.say(
      'product.length_unknown',
      { ...params, days: turn.deps.policy.returns.windowDays },
      { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
    );
  }
  // The catalog has no measurements: a one-size piece (a bag, a mug) says so and offers a person who
  // can measure it; for clothes "how big?" is which size to take.
  if (ASKS.dimensions.test(text)) {
    if (!product.sizes.every(isOneSize)) return adviseSize(turn);
    return turn.say('product.dimensions_unknown', params, {
      quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
    });
  }
  // "Do they come in wide fit?": the catalogue lists sizes, not widths, unless a product says so.
  const width = WIDTH_FITTING.exec(text)?.[0];
  if (width) {
    if (saysQuality(product, width, lang) === 'yes')
      return turn.say('product.quality_yes', { ...params, quality: width });
    return turn.say(
      'product.width_unknown',
      { ...params, days: turn.deps.policy.returns.windowDays },
      { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
    );
  }
  if (ASKS.price.test(text)) return turn.say('product.price', params);
  if (ASKS.material.test(text)) return turn.say('product.material', params);
  if (ASKS.sizes.test(text)) {
    return turn.say(product.sizes.every(isOneSize) ? 'product.one_size' : 'product.sizes', params);
  }
  if (ASKS.colours.test(text)) return turn.say('product.colours', params);
  // A button press or a general question: the whole picture, with the card to act on.
  if (params.stock <= 0) turn.state.lastSoldOut = { productId: product.id };
  turn.say(params.stock > 0 ? 'product.details' : 'product.details_sold_out', params, {
    cards: [productCard(turn, product)],
  });
}
