import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../../src/commerce/types';
import type { Entity } from '../../../src/nlu/types';
import { entitiesInShopCurrency, sayCurrencyNote } from '../../../src/skills/products/currency';
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
