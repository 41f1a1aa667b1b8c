import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import { buildDemoShop } from '../../../src/commerce/seed/build-demo-shop';
import { DEMO_TABLE_END, DEMO_TABLE_START, demoOrdersTable } from '../../../src/commerce/seed/demo-orders-table';
import { SHOWCASE_ORDERS } from '../../../src/commerce/seed/showcase-orders';

/** Table cells row by row, so column padding added by the formatter does not matter. */
function cells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('docs/demo-shop.md', () => {
  it('lists exactly the demo orders the seed creates', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/demo-shop.md'), 'utf8');
    const start = doc.indexOf(DEMO_TABLE_START);
    const end = doc.indexOf(DEMO_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = doc.slice(start + DEMO_TABLE_START.length, end).trim();
    // If this fails after changing the seed, paste the output of demoOrdersTable() into the doc.
    expect(cells(table)).toEqual(cells(demoOrdersTable()));
  });

  it('describes showcase orders whose status holds at any date', () => {
    const policy = loadShopPolicy();
    for (const now of [new Date('2026-01-01T00:00:00Z'), new Date('2027-08-15T17:30:00Z')]) {
      const shop = buildDemoShop({ now, policy, rmaId: () => '' });
      for (const show of SHOWCASE_ORDERS) {
        expect(shop.orders.find((o) => o.id === show.id)?.status).toBe(show.status);
      }
    }
  });
});
