import { formatDate, formatDateTime, formatShortDate } from '../../../src/commerce/format';
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
