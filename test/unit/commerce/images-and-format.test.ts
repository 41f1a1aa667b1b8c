import { formatDate, formatDateTime, formatShortDate, list } from '../../../src/commerce/format';
import { escapeXml, productImageSvg } from '../../../src/commerce/images/product-image';
import { formatMoney } from '../../../src/commerce/types';
import type { Product } from '../../../src/store/entities';

const product: Pick<Product, 'id' | 'name' | 'category' | 'colours'> = {
  id: 'fig-and-cedar-candle',
  name: { en: 'Fig & Cedar <Candle>', zh: '无花果雪松香薰蜡烛' },
  category: 'home',
  colours: ['green', 'cream'],
};

describe('product images', () => {
  it('draws a deterministic SVG with the name, escaped, and a swatch per colour', () => {
    const svg = productImageSvg(product);
    expect(svg).toBe(productImageSvg(product));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Fig &#38; Cedar &#60;Candle&#62;');
    expect(svg).toContain('无花果雪松香薰蜡烛');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).not.toContain('<Candle>');
  });

  it('still draws something for an unknown category and colour', () => {
    const svg = productImageSvg({ ...product, category: 'garden', colours: ['chartreuse'] });
    expect(svg).toContain('<path');
    expect(svg).toContain('chartreuse');
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('formatting', () => {
  it('lists in either language, with a space between 和 and a Latin word', () => {
    expect(list(['card', 'PayPal', 'Apple Pay'], 'en')).toBe('card, PayPal and Apple Pay');
    expect(list(['红色', '蓝色', '黑色'], 'zh')).toBe('红色、蓝色和黑色');
    expect(list(['借记卡', 'Apple Pay', 'Maple & Thread 礼品卡'], 'zh')).toBe(
      '借记卡、Apple Pay 和 Maple & Thread 礼品卡',
    );
    expect(list(['one'], 'en')).toBe('one');
    expect(list([], 'zh')).toBe('');
  });

  const at = '2026-03-14T23:30:00.000Z';

  it('formats dates in each language and in the reader’s time zone', () => {
    expect(formatDate(at, 'en')).toBe('14 March 2026');
    expect(formatDate(at, 'zh')).toBe('2026年3月14日');
    expect(formatDate(at, 'zh', 'Asia/Shanghai')).toBe('2026年3月15日');
    expect(formatShortDate(at, 'en')).toBe('Sat 14 Mar');
    expect(formatDateTime(at, 'en')).toContain('23:30');
  });

  it('formats money', () => {
    expect(formatMoney(8900, 'GBP', 'en')).toBe('£89.00');
    expect(formatMoney(8900, 'GBP', 'zh')).toContain('89.00');
  });
});
