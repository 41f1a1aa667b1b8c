import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../../src/commerce/types';
import { currenciesNamed } from '../../../src/nlu/entities/money';
import type { Entity } from '../../../src/nlu/types';
import { entitiesInShopCurrency, sayCurrencyNote } from '../../../src/skills/products/currency';
import { asksCurrency } from '../../../src/skills/shop/currency';
import type { SkillTurn } from '../../../src/skills/types';

const yuan: Entity = {
  type: 'money',
  value: '20000',
  text: '200元',
  start: 0,
  end: 4,
  data: { currency: 'CNY', bound: 'max' },
};
const pounds: Entity = { type: 'money', value: '5000', text: '£50', start: 10, end: 13, data: { currency: 'GBP' } };
const dress: Entity = { type: 'category', value: 'dresses', text: 'dress', start: 20, end: 25 };

function turnWith(policy: ShopPolicy, entities: Entity[]) {
  const said: { key: string; params: unknown }[] = [];
  const turn = {
    entities,
    deps: { policy },
    ctx: { lang: 'en' },
    say: (key: string, params: unknown) => said.push({ key, params }),
  } as unknown as SkillTurn;
  return { turn, said };
}

describe('budgets in another currency', () => {
  const policy = loadShopPolicy();

  it('converts at the policy rate, to whole units, and says so', () => {
    const { turn, said } = turnWith({ ...policy, exchangeRates: { CNY: 0.11 } }, [yuan, pounds, dress]);
    expect(entitiesInShopCurrency(turn).map((e) => e.value)).toEqual(['2200', '5000', 'dresses']);
    sayCurrencyNote(turn);
    expect(said).toEqual([
      { key: 'product.currency_converted', params: { amount: 'CN¥200.00', currency: 'GBP', converted: '£22.00' } },
    ]);
  });

  it('leaves out an amount it has no rate for, and asks for the budget in the shop currency', () => {
    const { exchangeRates: _none, ...withoutRates } = policy;
    const { turn, said } = turnWith(withoutRates, [yuan, dress]);
    expect(entitiesInShopCurrency(turn).map((e) => e.type)).toEqual(['category']);
    sayCurrencyNote(turn);
    expect(said.map((s) => s.key)).toEqual(['product.currency_unknown']);
  });

  it('changes nothing when every amount is in the shop currency', () => {
    const entities = [pounds, dress];
    const { turn, said } = turnWith(policy, entities);
    expect(entitiesInShopCurrency(turn)).toBe(entities);
    sayCurrencyNote(turn);
    expect(said).toEqual([]);
  });
});

describe('questions about the currency itself', () => {
  it.each([
    'what currency are your prices in?',
    'can I pay in euros?',
    'how much is that in USD?',
    'what is that in canadian dollars',
    "what's the exchange rate?",
    '价格是人民币吗',
    '可以用日元买吗',
    '这是多少人民币',
    '用什么货币结算',
  ])('"%s" asks about currency', (text) => {
    expect(asksCurrency(text)).toBe(true);
  });

  it.each([
    'I paid £89 in total but was charged twice',
    'dresses under 50 pounds',
    'can I pay in instalments',
    'do you have it in black?',
    '我用支付宝付了200元',
    '有没有200元以下的裙子',
  ])('"%s" does not', (text) => {
    expect(asksCurrency(text)).toBe(false);
  });

  it('names currencies with or without an amount, qualified dollars apart from US ones', () => {
    expect(currenciesNamed('can I pay in Canadian dollars or US dollars?')).toEqual(['CAD', 'USD']);
    expect(currenciesNamed('hong kong dollars, then sterling')).toEqual(['HKD', 'GBP']);
    expect(currenciesNamed('可以用日元或者欧元吗')).toEqual(['JPY', 'EUR']);
    expect(currenciesNamed('I won a prize in the euro millions')).toEqual(['EUR']);
    expect(currenciesNamed('a dollhouse for my daughter')).toEqual([]);
  });
});
