import { extractEntities } from '../../../src/nlu/entities';
import { CatalogMatcher } from '../../../src/nlu/entities/catalog';
import { extractEmails, extractPhones } from '../../../src/nlu/entities/contact';
import { extractCountries, isKnownCountry } from '../../../src/nlu/entities/country';
import { extractDates } from '../../../src/nlu/entities/date';
import { extractMoney } from '../../../src/nlu/entities/money';
import { extractOrderNumbers } from '../../../src/nlu/entities/order-number';
import { extractOrdinals } from '../../../src/nlu/entities/ordinal';
import { extractQuantities } from '../../../src/nlu/entities/quantity';
import { REGION_CODES, regionMembers } from '../../../src/nlu/entities/regions';
import { isFrustrated } from '../../../src/nlu/frustration';
import type { CatalogVocabulary } from '../../../src/nlu/types';

const now = new Date('2026-01-15T10:00:00Z');
const values = (list: { value: string }[]) => list.map((e) => e.value);

/** The products a matcher finds in a text, as [id, surface] pairs. */
const productsIn = (matcher: CatalogMatcher) => (text: string) =>
  matcher
    .extract(text)
    .filter((e) => e.type === 'product')
    .map((e) => [e.value, e.text]);

describe('order numbers', () => {
  it.each([
    ['where is #10234', '10234'],
    ['order A12345 please', 'A12345'],
    ['order 10234 has not come', '10234'],
    ['order no. 55512', '55512'],
    ['订单号10234还没到', '10234'],
    ['订单号：20001', '20001'],
    ['it is 1234567', '1234567'],
    // A comma or full stop after the number ends the clause; only a digit after it makes a decimal.
    ['return the shoes from 10235, they are too small', '10235'],
    ['my order is 10235.', '10235'],
  ])('%s → %s', (text, expected) => {
    expect(values(extractOrderNumbers(text))).toEqual([expected]);
  });

  it('ignores short numbers, prices and phone-length digit strings', () => {
    expect(extractOrderNumbers('I want 2 of them for 50')).toEqual([]);
    expect(extractOrderNumbers('call 13812345678')).toEqual([]);
    expect(extractOrderNumbers('under 12000元')).toEqual([]);
    expect(extractOrderNumbers('it cost 12345.50')).toEqual([]);
    expect(extractOrderNumbers('I have 10,000 points')).toEqual([]);
  });

  it('takes a shop-specific pattern', () => {
    const found = extractOrderNumbers('ref SO-2024-77 please', /\bSO-(?<id>\d{4}-\d+)/);
    expect(found[0]).toMatchObject({ value: '2024-77', start: 7 });
  });

  it('points at the number itself', () => {
    const [entity] = extractOrderNumbers('order 10234');
    expect(entity).toMatchObject({ text: '10234', start: 6, end: 11 });
  });
});

describe('email and phone', () => {
  it('lower-cases emails', () => {
    expect(values(extractEmails('mail me at Jane.Doe@Example.com thanks'))).toEqual(['jane.doe@example.com']);
  });

  it('normalises phones and skips short digit strings', () => {
    expect(values(extractPhones('ring +44 20 7946 0958'))).toEqual(['+442079460958']);
    expect(values(extractPhones('我的手机是13812345678'))).toEqual(['13812345678']);
    expect(extractPhones('order 10234')).toEqual([]);
  });
});

describe('phones beside order numbers', () => {
  const entities = (text: string) => extractEntities(text, { now }).map((e) => [e.type, e.value]);

  it('reads a spaced phone as a phone, not as order numbers made of its pieces', () => {
    expect(entities('+44 7700 900102')).toEqual([['phone', '+447700900102']]);
    expect(entities('my phone is 07700 900101')).toEqual([['phone', '07700900101']]);
    expect(entities('10237 +44 7700 900102')).toEqual([
      ['order_number', '10237'],
      ['phone', '+447700900102'],
    ]);
    expect(entities('订单10240 手机 +86 139 0000 0103')).toEqual([
      ['order_number', '10240'],
      ['phone', '+8613900000103'],
    ]);
  });

  it('keeps a number the shopper calls an order number', () => {
    expect(entities('order 10234')).toEqual([['order_number', '10234']]);
    expect(entities('#10234')).toEqual([['order_number', '10234']]);
  });
});

describe('money', () => {
  it.each([
    ['something under 50', '5000', 'max', undefined],
    ['£30 please', '3000', undefined, 'GBP'],
    ['50元的', '5000', undefined, 'CNY'],
    ['30块以下的裙子', '3000', 'max', 'CNY'],
    ['over $20.50', '2050', 'min', 'USD'],
    ['100元以上', '10000', 'min', 'CNY'],
    ['不超过200块', '20000', 'max', 'CNY'],
    // A UK shop's Chinese-speaking shoppers count in pounds.
    ['50镑以下的', '5000', 'max', 'GBP'],
    ['100英镑以上', '10000', 'min', 'GBP'],
    ['20美元', '2000', undefined, 'USD'],
    // A budget word makes a bare number money, in no currency the shopper named.
    ['a gift, budget around 30', '3000', undefined, undefined],
    ['my budget is 50', '5000', undefined, undefined],
    ['I want to spend about 40', '4000', undefined, undefined],
    ['预算300左右', '30000', undefined, undefined],
    ['预算大概500', '50000', undefined, undefined],
  ])('%s', (text, value, bound, currency) => {
    const [entity] = extractMoney(text);
    expect(entity?.value).toBe(value);
    expect(entity?.data?.bound).toBe(bound);
    expect(entity?.data?.currency).toBe(currency);
  });

  it('leaves bare numbers and quantities alone', () => {
    expect(extractMoney('I want 2 pairs')).toEqual([]);
    expect(extractMoney('within 10 days')).toEqual([]);
    expect(extractMoney('my budget is 2 pairs')).toEqual([]);
    expect(extractMoney('around 30 of them')).toEqual([]);
  });
});

describe('quantities, dates, ordinals', () => {
  it('reads quantities in both languages', () => {
    expect(values(extractQuantities('2 pairs and three items'))).toEqual(['2', '3']);
    expect(values(extractQuantities('我要两件，再来3个'))).toEqual(['2', '3']);
    expect(values(extractQuantities('x2'))).toEqual(['2']);
    expect(values(extractQuantities('do you have 3 of the cashmere scarf?'))).toEqual(['3']);
    expect(values(extractQuantities('I need 10 of them'))).toEqual(['10']);
    // An ordinal is no quantity: "the second one has what colours?", "the twelfth", "the first one, two of it".
    expect(values(extractQuantities('第二个有什么颜色'))).toEqual([]);
    expect(values(extractQuantities('第十二件'))).toEqual([]);
    expect(values(extractQuantities('第一个要两件'))).toEqual(['2']);
  });

  it('resolves dates against the clock', () => {
    expect(values(extractDates('can it come tomorrow', now))).toEqual(['2026-01-16']);
    expect(values(extractDates('明天能到吗', now))).toEqual(['2026-01-16']);
    // 2026-01-15 is a Thursday: a weekday is the next such day (today counts), "next" one a week on.
    expect(values(extractDates('will it arrive by friday?', now))).toEqual(['2026-01-16']);
    expect(values(extractDates('on thursday', now))).toEqual(['2026-01-15']);
    expect(values(extractDates('next monday', now))).toEqual(['2026-01-19']);
    expect(values(extractDates('by sat', now))).toEqual(['2026-01-17']);
    expect(values(extractDates('周五能到吗', now))).toEqual(['2026-01-16']);
    // Fixed-date holidays are their next date.
    expect(values(extractDates('will it arrive before christmas?', now))).toEqual(['2026-12-25']);
    expect(values(extractDates('圣诞节前能到吗', now))).toEqual(['2026-12-25']);
    expect(values(extractDates("for valentine's day", now))).toEqual(['2026-02-14']);
    expect(values(extractDates('by new year', now))).toEqual(['2027-01-01']);
    expect(values(extractDates('下周三', now))).toEqual(['2026-01-21']);
    expect(values(extractDates('星期天', now))).toEqual(['2026-01-18']);
    // "Sun", "sat" and "wed" alone are words, not days.
    expect(extractDates('a sun hat for the wedding', now)).toEqual([]);
    expect(extractDates('I sat down', now)).toEqual([]);
    expect(values(extractDates('ordered on 2025-12-24', now))).toEqual(['2025-12-24']);
    expect(values(extractDates('by 3 May or May 4th', now))).toEqual(['2026-05-03', '2026-05-04']);
    expect(values(extractDates('5月3日', now))).toEqual(['2026-05-03']);
    expect(extractDates('on 31 February', now)).toEqual([]);
  });

  it('reads ordinals, counted from 1, and from the end', () => {
    expect(values(extractOrdinals('the second one'))).toEqual(['2']);
    expect(values(extractOrdinals('I like the 3rd'))).toEqual(['3']);
    expect(values(extractOrdinals('我要第二个'))).toEqual(['2']);
    const [last] = extractOrdinals('the last one');
    expect(last).toMatchObject({ value: '1', data: { fromEnd: true } });
    expect(extractOrdinals('倒数第二个')[0]).toMatchObject({ value: '2', data: { fromEnd: true } });
  });
});

describe('catalog terms', () => {
  const vocabulary: CatalogVocabulary = {
    products: [{ id: 'p-7', names: ['Linen Summer Dress', '亚麻夏季连衣裙'] }],
    categories: { dresses: ['dress', '连衣裙'], shoes: ['shoe', '鞋子', '鞋'] },
    colours: { navy: ['navy', 'navy blue', '藏青色'], blue: ['blue', '蓝色'] },
    sizes: ['M', '42', 'XL'],
  };
  const matcher = new CatalogMatcher(vocabulary);

  it('prefers the longest term', () => {
    const found = matcher.extract('a navy blue Linen Summer Dress in size M');
    expect(found.map((e) => [e.type, e.value])).toEqual([
      ['colour', 'navy'],
      ['product', 'p-7'],
      ['size', 'M'],
    ]);
  });

  it('matches Chinese by substring', () => {
    const found = matcher.extract('有没有藏青色的鞋子42码');
    expect(found.map((e) => [e.type, e.value])).toEqual([
      ['colour', 'navy'],
      ['category', 'shoes'],
      ['size', '42'],
    ]);
    expect(matcher.extract('我想看亚麻夏季连衣裙')[0]).toMatchObject({ type: 'product', value: 'p-7' });
  });

  it('accepts plurals but not words inside words', () => {
    expect(values(matcher.extract('any dresses?'))).toEqual(['dresses']);
    expect(matcher.extract('blueberry')).toEqual([]);
    expect(matcher.extract("I'm fine")).toEqual([]);
  });

  it("reads a colour the shop sells by that name as itself, not as another colour's synonym", () => {
    // The static synonyms list olive under green; a catalog with an olive product adds olive itself.
    const synonyms = { green: ['green', 'olive', '绿色'] };
    const withOlive = new CatalogMatcher({ ...vocabulary, colours: { ...synonyms, olive: ['olive', '橄榄绿'] } });
    expect(values(withOlive.extract('the olive one'))).toEqual(['olive']);
    expect(values(withOlive.extract('green please'))).toEqual(['green']);
    const withoutOlive = new CatalogMatcher({ ...vocabulary, colours: synonyms });
    expect(values(withoutOlive.extract('the olive one'))).toEqual(['green']);
  });
});

describe('colour families', () => {
  const matcher = new CatalogMatcher({
    products: [],
    categories: { jackets: ['jacket'] },
    colours: { navy: ['navy', '藏青色'], blue: ['blue', 'light blue', '浅蓝色'] },
    colourFamilies: { neutral: ['neutral colours', 'neutral', '素一点', '素色'], light: ['light colours', '浅色'] },
    sizes: [],
  });
  const read = (text: string) => matcher.extract(text).map((e) => [e.type, e.value]);

  it('reads a family in either language, a colour of its own still winning', () => {
    expect(read('she likes neutral colours')).toEqual([['colour_family', 'neutral']]);
    expect(read('素一点的')).toEqual([['colour_family', 'neutral']]);
    expect(read('浅色的外套')).toEqual([['colour_family', 'light']]);
    expect(read('浅蓝色的')).toEqual([['colour', 'blue']]);
    expect(read('a light blue jacket')).toEqual([
      ['colour', 'blue'],
      ['category', 'jackets'],
    ]);
  });

  it('leaves "light" alone: a lighter jacket is about weight', () => {
    expect(read('a lighter jacket for spring')).toEqual([['category', 'jackets']]);
  });
});

describe('partial Chinese product names', () => {
  const matcher = new CatalogMatcher({
    products: [
      { id: 'beanie', names: ['Ribbed Wool Beanie', '罗纹羊毛毛线帽'] },
      { id: 'knit-dress', names: ['Knitted Midi Dress', '针织中长连衣裙'] },
      { id: 'slip-dress', names: ['Silk Slip Dress', '真丝中长连衣裙'] },
    ],
    categories: { dresses: ['连衣裙'] },
    colours: {},
    sizes: [],
  });
  const products = productsIn(matcher);

  it('reads a tail of four or more characters that only one product name has', () => {
    expect(products('羊毛毛线帽多少钱')).toEqual([['beanie', '羊毛毛线帽']]);
    expect(products('罗纹羊毛毛线帽多少钱')).toEqual([['beanie', '罗纹羊毛毛线帽']]);
  });

  it('leaves a tail two products share, and one too short to be sure of', () => {
    expect(products('中长连衣裙有哪些')).toEqual([]);
    expect(products('毛线帽')).toEqual([]);
  });
});

describe('partial English product names', () => {
  const matcher = new CatalogMatcher({
    products: [
      { id: 'wrap-dress', names: ['Linen Wrap Dress'] },
      { id: 'slip-dress', names: ['Silk Slip Dress'] },
      { id: 'linen-shirt', names: ['Linen Boxy Shirt'] },
      { id: 'trail', names: ['Trail Running Shoes'] },
      { id: 'road', names: ['Featherlight Running Shoes'] },
      { id: 'clutch', names: ['Quilted Evening Clutch'] },
      { id: 'chelsea', names: ['Chelsea Boots'] },
    ],
    categories: { dresses: ['dress'], shoes: ['shoes'] },
    colours: { blue: ['blue'] },
    sizes: [],
  });
  const products = productsIn(matcher);

  it('reads words of one name after a word that points at one thing', () => {
    expect(products('when is the linen dress back in stock')).toEqual([['wrap-dress', 'linen dress']]);
    expect(products('I love that blue slip dress')).toEqual([['slip-dress', 'slip dress']]);
    expect(products('return my trail shoes')).toEqual([['trail', 'trail shoes']]);
  });

  it('leaves words two names share, one word alone, and words with nothing pointing', () => {
    expect(products('the running shoes')).toEqual([]);
    expect(products('in the evening')).toEqual([]);
    expect(products('do you sell a linen dress')).toEqual([]);
  });

  it('finds a name that mixes Latin letters and Chinese inside Chinese text', () => {
    const mixed = productsIn(
      new CatalogMatcher({ products: [{ id: 'tee', names: ['T恤'] }], categories: {}, colours: {}, sizes: [] }),
    );
    expect(mixed('我想买T恤')).toEqual([['tee', 'T恤']]);
  });

  it('reads a plural name typed in the singular', () => {
    expect(products('the chelsea boot in brown')).toEqual([['chelsea', 'chelsea boot']]);
    expect(products('chelsea boots')).toEqual([['chelsea', 'chelsea boots']]);
  });
});

describe('countries', () => {
  const countries = (text: string) => extractCountries(text).map((e) => [e.value, e.text]);

  it.each([
    ['do you ship to Germany?', [['DE', 'Germany']]],
    ['do u ship to uk', [['GB', 'uk']]],
    [
      'delivery to scotland or northern ireland',
      [
        ['GB', 'scotland'],
        ['GB', 'northern ireland'],
      ],
    ],
    [
      'shipping to the states or holland',
      [
        ['US', 'the states'],
        ['NL', 'holland'],
      ],
    ],
    [
      "Côte d’Ivoire and cote d'ivoire",
      [
        ['CI', 'Côte d’Ivoire'],
        ['CI', "cote d'ivoire"],
      ],
    ],
    [
      'new zealand and australia',
      [
        ['NZ', 'new zealand'],
        ['AU', 'australia'],
      ],
    ],
    [
      'Türkiye or Turkey',
      [
        ['TR', 'Türkiye'],
        ['TR', 'Turkey'],
      ],
    ],
    ['能寄到德国吗', [['DE', '德国']]],
    ['寄到澳洲要多久', [['AU', '澳洲']]],
    ['do you deliver to Europe', [['150', 'Europe']]],
    [
      'do you ship to Asia or the EU?',
      [
        ['142', 'Asia'],
        ['EU', 'the EU'],
        ['EU', 'EU'],
      ],
    ],
    ['能寄到非洲吗', [['002', '非洲']]],
    ['南美可以送吗', [['005', '南美']]],
    ['France, not FX', [['FR', 'France']]],
    ['寄到上海要几天', [['CN', '上海']]],
    [
      'do you deliver to New York or London?',
      [
        ['US', 'New York'],
        ['GB', 'London'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it('lists only current country codes as members of a region, each once', () => {
    for (const region of REGION_CODES) {
      const members = regionMembers(region);
      expect(members.filter((code) => !isKnownCountry(code))).toEqual([]);
      expect(new Set(members).size).toBe(members.length);
    }
  });

  it('reads "us" as a word and "US" as the country, and finds no country inside a word', () => {
    expect(countries('send it to us please')).toEqual([]);
    expect(countries('a woman from the US')).toEqual([
      ['US', 'the US'],
      ['US', 'US'],
    ]);
    expect(countries('a woman in oman')).toEqual([['OM', 'oman']]);
  });

  it('reads a name that is also a person, a food or a garment as a place only where a place goes', () => {
    expect(countries("hi, I'm Chad, do you deliver on Saturdays?")).toEqual([]);
    expect(countries('the turkey was dry')).toEqual([]);
    expect(countries('do you ship to Chad?')).toEqual([['TD', 'Chad']]);
    expect(countries('and China?')).toEqual([['CN', 'China']]);
    expect(countries('Jordan?')).toEqual([['JO', 'Jordan']]);
    expect(countries('delivery to the Turkey office')).toEqual([['TR', 'Turkey']]);
  });

  it('takes the longest name where two overlap', () => {
    const settled = extractEntities('寄到中国香港', { now });
    expect(settled.map((e) => [e.type, e.value])).toEqual([['country', 'HK']]);
    expect(extractEntities('ship to the US', { now }).map((e) => e.text)).toEqual(['the US']);
  });

  it('leaves a catalog word that is also a place to the catalog', () => {
    const catalog = new CatalogMatcher({ products: [], categories: { tops: ['jersey'] }, colours: {}, sizes: [] });
    expect(extractEntities('a blue jersey', { now, catalog }).map((e) => e.type)).toEqual(['category']);
    expect(extractEntities('do you ship to Jersey', { now }).map((e) => e.value)).toEqual(['JE']);
  });

  it('knows current codes only', () => {
    expect(['DE', 'GB', 'HK', 'IC'].map(isKnownCountry)).toEqual([true, true, true, true]);
    expect(['UK', 'FX', 'SU', 'XY', 'ZZ', 'de', 'DEU'].map(isKnownCountry)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('extractEntities', () => {
  it('settles overlaps by specificity', () => {
    const found = extractEntities('order 10234, email a1@b.co, under £50 tomorrow', { now });
    expect(found.map((e) => e.type)).toEqual(['order_number', 'email', 'money', 'date']);
  });
});

describe('frustration', () => {
  it('spots explicit words in both languages', () => {
    expect(isFrustrated('this is useless')).toBe(true);
    expect(isFrustrated('太差了，我要投诉')).toBe(true);
    expect(isFrustrated('WHERE IS MY ORDER???')).toBe(true);
    expect(isFrustrated('where is my order')).toBe(false);
    expect(isFrustrated('我的订单在哪里')).toBe(false);
  });

  it('reads asking again as frustration, but not a first time', () => {
    expect(isFrustrated("this is the third time I'm asking, where is my refund??")).toBe(true);
    expect(isFrustrated('I have emailed you three times')).toBe(true);
    expect(isFrustrated('how many times do I have to explain')).toBe(true);
    expect(isFrustrated('这是我第三次问了，退款呢')).toBe(true);
    expect(isFrustrated('我都问了好几次了')).toBe(true);
    expect(isFrustrated('is this your first time ordering?')).toBe(false);
    expect(isFrustrated('the second time I wore it the strap broke')).toBe(false);
  });

  it('reads "this is a joke" as frustration, but not a request for a joke or a plain "not here yet"', () => {
    expect(isFrustrated('this is a joke')).toBe(true);
    expect(isFrustrated("honestly it's a joke")).toBe(true);
    expect(isFrustrated('tell me a joke')).toBe(false);
    expect(isFrustrated('我的订单怎么还没到')).toBe(false);
    expect(isFrustrated('等了很久还没到')).toBe(true);
  });
});
