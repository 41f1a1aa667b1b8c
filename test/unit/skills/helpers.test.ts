import { itemLabel } from '../../../src/skills/format';
import { addressLine, parseAddress } from '../../../src/skills/orders/address';
import { normaliseOrderNumber } from '../../../src/skills/orders/verification';
import { priceRange, queryFromEntities, relaxations, requestAbout } from '../../../src/skills/products/query';
import { daysAsked } from '../../../src/skills/shop/contact-days';
import { givesOnlyEmail } from '../../../src/skills/shop/reply-email';
import { entity } from '../dialogue/fake-context';

describe('skill helpers', () => {
  it('writes the catalog\'s "One size" as people say it, in both languages', () => {
    const tote = { productId: 'tote', sku: 't', name: { en: 'Tote', zh: '托特包' }, colour: 'cream', size: 'One size' };
    const item = { ...tote, quantity: 1, unitPriceCents: 2900 };
    expect(itemLabel(item, 'en')).toBe('1× Tote (cream, one size)');
    expect(itemLabel(item, 'zh', () => '奶油色')).toBe('1× 托特包 (奶油色, 均码)');
    expect(itemLabel({ ...item, size: 'M' }, 'en')).toBe('1× Tote (cream, M)');
  });

  it('reads a one-line address', () => {
    expect(parseAddress('12 Deansgate, Manchester, M3 2BW')).toEqual({
      line1: '12 Deansgate',
      city: 'Manchester',
      postcode: 'M3 2BW',
    });
    expect(parseAddress('Flat 2, 12 High St, London, sw1a 1aa')).toEqual({
      line1: 'Flat 2',
      line2: '12 High St',
      city: 'London',
      postcode: 'SW1A 1AA',
    });
    // Chinese addresses run from the city down to the number, postcode before or after.
    expect(parseAddress('北京市朝阳区建国路88号 100022')).toEqual({
      line1: '朝阳区建国路88号',
      city: '北京市',
      postcode: '100022',
    });
    expect(parseAddress('200120 上海市浦东新区世纪大道100号2楼')).toEqual({
      line1: '浦东新区世纪大道100号2楼',
      city: '上海市',
      postcode: '200120',
    });
    expect(parseAddress('广东省深圳市南山区科技园路1号，518057')?.city).toBe('广东省深圳市');
    expect(parseAddress('北京市朝阳区建国路88号')).toBeUndefined();
    // Echoed back as people write it in each language.
    expect(addressLine({ line1: '12 High St', line2: 'Flat 2', city: 'London', postcode: 'SW1A 1AA' })).toBe(
      '12 High St, Flat 2, London, SW1A 1AA',
    );
    expect(addressLine({ line1: '徐汇区漕溪北路88号', city: '上海市', postcode: '200030' })).toBe(
      '上海市徐汇区漕溪北路88号 200030',
    );
    // The town and postcode are often written without a comma between them.
    expect(parseAddress('12 Baker Street, London NW1 6XE')).toEqual({
      line1: '12 Baker Street',
      city: 'London',
      postcode: 'NW1 6XE',
    });
    expect(parseAddress('8 rue de Rivoli, Paris 75004')).toEqual({
      line1: '8 rue de Rivoli',
      city: 'Paris',
      postcode: '75004',
    });
    expect(parseAddress('12 Baker Street, London')).toBeUndefined();
    expect(parseAddress('somewhere nice')).toBeUndefined();
    expect(parseAddress('High Street, London, SW1')).toBeUndefined();
  });

  it('normalises order numbers', () => {
    expect(normaliseOrderNumber('#10234')).toBe('10234');
    expect(normaliseOrderNumber('no. 10234')).toBe('10234');
    expect(normaliseOrderNumber('a1234')).toBe('A1234');
  });

  it('turns "under" and "以上" into price limits', () => {
    const under = 'red dresses under 50';
    expect(priceRange(under, [entity('money', '5000', '50', under.indexOf('50'))])).toEqual({ maxPriceCents: 5000 });
    const over = 'jackets over 100';
    expect(priceRange(over, [entity('money', '10000', '100', over.indexOf('100'))])).toEqual({ minPriceCents: 10000 });
    const zh = '100元以上的外套';
    expect(priceRange(zh, [entity('money', '10000', '100元', 0)])).toEqual({ minPriceCents: 10000 });
    const between = 'between 20 and 40';
    expect(priceRange(between, [entity('money', '2000', '20', 8), entity('money', '4000', '40', 15)])).toEqual({
      minPriceCents: 2000,
      maxPriceCents: 4000,
    });
  });

  it('turns "around £100" and "500块左右" into a range about the price, not a cap', () => {
    const around = 'a gift around £100';
    expect(priceRange(around, [entity('money', '10000', '£100', around.indexOf('£100'))])).toEqual({
      minPriceCents: 6000,
      maxPriceCents: 12500,
    });
    const zh = '预算500块左右';
    expect(priceRange(zh, [entity('money', '5500', '500块', 2)])).toEqual({ minPriceCents: 3300, maxPriceCents: 6875 });
    const ish = 'something £50-ish';
    expect(priceRange(ish, [entity('money', '5000', '£50', ish.indexOf('£50'))])).toEqual({
      minPriceCents: 3000,
      maxPriceCents: 6250,
    });
  });

  it('builds catalog queries from entities and relaxes them step by step', () => {
    const text = '有没有黑色的42码跑鞋';
    const query = queryFromEntities(text, [
      entity('colour', 'black', '黑色', 3),
      entity('size', '42', '42码', 6),
      entity('category', 'shoes', '跑鞋', 9),
    ]);
    expect(query).toEqual({ colour: 'black', size: '42', category: 'shoes' });
    expect(relaxations(query)).toEqual([query, { colour: 'black', category: 'shoes' }, { category: 'shoes' }]);
  });

  it('keeps the words that say what a recommendation is for, not those that ask for one', () => {
    const about = (text: string, entities: ReturnType<typeof entity>[] = []) => requestAbout({ text, entities });
    expect(about('recommend me something for a summer wedding')).toBe('summer wedding');
    expect(about('any ideas for a gift for my mum?')).toBe('gift mum');
    expect(about('what do you recommend?')).toBeUndefined();
    expect(about('which one is better for hiking?')).toBe('hiking');
    expect(about('recommend something please')).toBeUndefined();
    // Colours, sizes and categories are constraints already.
    expect(
      about('recommend a red dress for a party', [
        entity('colour', 'red', 'red', 12),
        entity('category', 'dresses', 'dress', 16),
      ]),
    ).toBe('party');
    expect(about('推荐一件适合夏天婚礼的')).toBe('夏天婚礼');
    expect(about('有什么推荐的吗')).toBeUndefined();
  });

  it('tells an email address given on its own from one inside a request', () => {
    const only = (text: string, extra: ReturnType<typeof entity>[] = []) => {
      const address = 'ada@example.com';
      const start = text.indexOf(address);
      const entities = [...(start >= 0 ? [entity('email', address, address, start)] : []), ...extra];
      return givesOnlyEmail({ text, entity: (type) => entities.find((e) => e.type === type) });
    };
    expect(only('ada@example.com')).toBe(true);
    expect(only('my email is ada@example.com, thanks')).toBe(true);
    expect(only('我的邮箱是ada@example.com')).toBe(true);
    expect(only('change my email to ada@example.com')).toBe(false);
    expect(only('10234 ada@example.com', [entity('order_number', '10234', '10234', 0)])).toBe(false);
    expect(only('no email here')).toBe(false);
  });
});

describe('days asked about', () => {
  it('reads weekday names and the weekend in both languages, in week order', () => {
    expect(daysAsked('are you open on sundays?')).toEqual([0]);
    expect(daysAsked('is anyone in at the weekend?')).toEqual([6, 0]);
    expect(daysAsked('Mon or Fri?')).toEqual([1, 5]);
    expect(daysAsked('星期天能打电话吗')).toEqual([0]);
    expect(daysAsked('周末有客服吗')).toEqual([6, 0]);
    expect(daysAsked('what are your opening hours')).toEqual([]);
  });
});
