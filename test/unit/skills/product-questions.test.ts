import { saysQuality } from '../../../src/skills/products/info';
import { asksBestSellers } from '../../../src/skills/products/recommend';
import { asksRestock, asksRestockAlert } from '../../../src/skills/products/restock';
import { product } from '../dialogue/fake-shop';

describe('restock questions', () => {
  it.each([
    'when will it be back in stock?',
    'when will it be back?',
    'will you restock the linen dress?',
    'when are you getting more in?',
    'any more coming in?',
    'will they come back?',
    '什么时候补货',
    '还会有货吗',
  ])('reads %p as a question about new stock', (text) => {
    expect(asksRestock(text)).toBe(true);
    expect(asksRestockAlert(text)).toBe(false);
  });

  it.each(['can you let me know when it is back?', 'notify me when they restock', '有货了通知我'])(
    'reads %p as a request for an alert',
    (text) => {
      expect(asksRestockAlert(text)).toBe(true);
      expect(asksRestock(text)).toBe(true);
    },
  );

  it.each([
    'is there a restocking fee?',
    'is there a restock fee?',
    'when will my refund be back?',
    'when will I get my money back',
    'can I get more in blue?',
    '退款什么时候到账',
  ])('leaves %p to other skills', (text) => {
    expect(asksRestock(text)).toBe(false);
  });
});

describe('best-seller questions', () => {
  it.each([
    "what's your best seller?",
    'best selling jeans under 100',
    'which dresses are the most popular?',
    'what do people buy the most?',
    "what's popular?",
    '最畅销的是哪款',
    '热销的连衣裙有哪些',
    '这几款哪款卖得最好',
  ])('reads %p as asking what sells best', (text) => {
    expect(asksBestSellers(text)).toBe(true);
  });

  it.each([
    'recommend me something',
    'what is the best jacket for rain?',
    'is the best before date on the candle?',
    '推荐一件外套',
  ])('leaves %p as a request for picks', (text) => {
    expect(asksBestSellers(text)).toBe(false);
  });
});

describe('what a product says of a quality', () => {
  const jumper = product('jumper', {
    name: { en: 'Merino Crew Jumper', zh: '美利奴圆领毛衣' },
    description: {
      en: 'Fine-gauge merino. It regulates temperature and never itches.',
      zh: '细针美利奴，调节体温，穿着不扎人。',
    },
  });
  const jeans = product('jeans', { name: { en: 'Slim Stretch Jeans', zh: '修身弹力牛仔裤' }, tags: ['waterproof'] });

  it("says yes from the name, the tags or the description, by the word's stem", () => {
    expect(saysQuality(jeans, 'stretchy', 'en')).toBe('yes');
    expect(saysQuality(jeans, 'waterproof', 'en')).toBe('yes');
    expect(saysQuality(jumper, 'warm', 'en')).toBeUndefined();
    expect(
      saysQuality(product('tee', { description: { en: 'Soft within a week.', zh: '' } }), 'thin', 'en'),
    ).toBeUndefined();
  });

  it('reads a negation before the word as a no', () => {
    expect(saysQuality(jumper, 'itchy', 'en')).toBe('no');
    expect(saysQuality(jumper, '扎人', 'zh')).toBe('no');
  });
});
