/**
 * A small deterministic SVG per product: a category silhouette in the product's main colour on a
 * soft background, colour swatches and the name in both languages. Real shops replace these with
 * photos; the demo needs something pleasant without shipping image files.
 */
import type { Product } from '../../store/entities';
import { colourHex } from '../catalog/lexicon';

const SIZE = 400;

/** Silhouettes drawn in a 200×200 box: solid parts take the product colour, lines only its outline. */
type GlyphPart = { d: string; style: 'solid' | 'line' | 'flame' };
const solid = (d: string): GlyphPart => ({ d, style: 'solid' });
const line = (d: string): GlyphPart => ({ d, style: 'line' });

const GLYPHS: Record<string, GlyphPart[]> = {
  dresses: [solid('M78 18h44l-4 40 42 122H40L82 58z'), line('M84 18v-10 M116 18v-10')],
  tops: [solid('M62 30l24-12q14 16 28 0l24 12 30 32-22 20-10-10v108H64V72L54 82 32 62z')],
  jeans: [solid('M58 18h84l10 164h-42l-10-110-10 110H48z'), line('M58 34h84')],
  jackets: [solid('M60 26l26-12 14 28 14-28 26 12 36 124-22 6-14-72v104H60V84l-14 72-22-6z'), line('M100 42v142')],
  shoes: [solid('M18 122V84q24-8 44 14 38 24 88 18 34 0 36 26v14H18z'), line('M18 140h168')],
  bags: [line('M72 76q0-50 28-50t28 50'), solid('M40 72h120l-8 110H48z')],
  accessories: [
    solid('M28 142q72 26 144 0-16-10-30-10l-10-62q-32-16-64 0l-10 62q-14 0-30 10z'),
    line('M62 116q38 12 76 0'),
  ],
  home: [solid('M60 82h80v98H60z'), line('M100 70v12'), { d: 'M100 30q16 24 0 40-16-16 0-40z', style: 'flame' }],
};

/** Items whose category silhouette would mislead (a scarf is not a hat), matched on the product id. */
const ITEM_GLYPHS: [RegExp, GlyphPart[]][] = [
  [/scarf/, [solid('M62 20h34v112l-10 48H62z'), solid('M104 20h34v70l12 90h-26l-20-90z'), line('M62 20h76')]],
  [/mug/, [solid('M48 64h84v96q0 16-16 16H64q-16 0-16-16z'), line('M132 86q34 0 34 28t-34 28')]],
  [/throw|blanket|cushion/, [solid('M30 126h140v36H30z'), solid('M38 88h124v38H38z'), line('M30 144h140 M38 107h124')]],
  [/socks/, [solid('M70 20h42v92l38 38q12 22-12 32l-68-52z'), line('M70 40h42')]],
  [/belt/, [solid('M16 88h168v26H16z'), line('M118 80h30v42h-30z M133 101h22')]],
  [/earrings/, [line('M46 104a28 28 0 1 0 56 0a28 28 0 1 0-56 0 M108 104a28 28 0 1 0 56 0a28 28 0 1 0-56 0')]],
];

function glyphFor(product: Pick<Product, 'id' | 'category'>): GlyphPart[] {
  const item = ITEM_GLYPHS.find(([pattern]) => pattern.test(product.id));
  return item?.[1] ?? GLYPHS[product.category] ?? GLYPHS.bags ?? [];
}

function drawGlyph(parts: GlyphPart[], main: string): string {
  const outline = shade(main, 0.65);
  return parts
    .map(({ d, style }) => {
      const fill = style === 'solid' ? main : style === 'flame' ? '#f0b43c' : 'none';
      const stroke = style === 'flame' ? '#c98a1c' : outline;
      const width = style === 'line' ? 6 : 3;
      return `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"/>`;
    })
    .join('');
}

const BACKGROUNDS: Record<string, [string, string]> = {
  dresses: ['#fbeee9', '#f3d9cf'],
  tops: ['#eef3f8', '#d9e4ef'],
  jeans: ['#e9eef6', '#cfd9ea'],
  jackets: ['#f1efe8', '#e0dccd'],
  shoes: ['#f6f1ea', '#e8ddcc'],
  bags: ['#f5eee6', '#e6d6c3'],
  accessories: ['#f3eef6', '#e2d8ea'],
  home: ['#eef4ee', '#d8e6d8'],
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A darker shade of a #rrggbb colour, for outlines that stay visible on white products. */
function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * factor);
  return `rgb(${channel(16)},${channel(8)},${channel(0)})`;
}

function swatches(colours: string[]): string {
  const shown = colours.slice(0, 6);
  const start = SIZE - 28 - (shown.length - 1) * 26;
  return shown
    .map((c, i) => {
      const hex = colourHex(c);
      return `<circle cx="${start + i * 26}" cy="34" r="10" fill="${hex}" stroke="${shade(hex, 0.7)}" stroke-width="1.5"><title>${escapeXml(c)}</title></circle>`;
    })
    .join('');
}

export function productImageSvg(product: Pick<Product, 'id' | 'name' | 'category' | 'colours'>): string {
  const main = colourHex(product.colours[0] ?? '');
  const glyph = drawGlyph(glyphFor(product), main);
  const titleSize = product.name.en.length > 24 ? 20 : 24;
  const [from, to] = BACKGROUNDS[product.category] ?? ['#f4f1ec', '#e4ddd2'];
  const gradientId = `bg-${product.id.replace(/[^a-zA-Z0-9-]/g, '')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${escapeXml(product.name.en)}">`,
    `<defs><linearGradient id="${gradientId}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" rx="28" fill="url(#${gradientId})"/>`,
    `<ellipse cx="200" cy="270" rx="110" ry="12" fill="#000" opacity="0.06"/>`,
    `<g transform="translate(80 48) scale(1.2)">${glyph}</g>`,
    swatches(product.colours),
    `<text x="200" y="318" text-anchor="middle" font-family="Georgia, 'Times New Roman', serif" font-size="${titleSize}" fill="#2d2a26">${escapeXml(product.name.en)}</text>`,
    `<text x="200" y="352" text-anchor="middle" font-family="'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" font-size="18" fill="#6b645b">${escapeXml(product.name.zh)}</text>`,
    '</svg>',
  ].join('');
}
