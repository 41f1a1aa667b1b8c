/**
 * The "demo orders to try" table in docs/demo-shop.md, generated from the seed itself so the docs
 * cannot drift from the data (a unit test compares the two).
 */
import { loadShopPolicy } from '../policy/load-policy';
import { buildDemoShop } from './build-demo-shop';
import { SHOWCASE_ORDERS } from './showcase-orders';

export const DEMO_TABLE_START = '<!-- demo-orders:start -->';
export const DEMO_TABLE_END = '<!-- demo-orders:end -->';

export function demoOrdersTable(): string {
  // Statuses and owners do not depend on the date, so any fixed moment gives the same table.
  const shop = buildDemoShop({ now: new Date('2026-01-01T12:00:00Z'), policy: loadShopPolicy(), rmaId: () => '' });
  const customers = new Map(shop.customers.map((c) => [c.id, c]));
  const rows = SHOWCASE_ORDERS.map((show) => {
    const order = shop.orders.find((o) => o.id === show.id);
    const customer = customers.get(show.customerId);
    if (!order || !customer) throw new Error(`showcase order ${show.id} is missing from the seed`);
    const items = order.items.map((i) => i.name.en).join(', ');
    return `| ${order.id} | ${order.email} | ${customer.phone ?? ''} | ${order.status} | ${customer.lang} | ${items} | ${show.tryThis} |`;
  });
  return [
    '| Order | Email | Phone | Status | Lang | Items | What to try |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
