import { join } from 'node:path';
import {
  columnsFromHeader,
  detectDelimiter,
  loadInteractions,
  parseInteractions,
  parseTime,
} from '../../../training/rec/load-delimited';
import { isOnlineRetailHeader, loadOnlineRetail } from '../../../training/rec/online-retail';
import { leaveLastOut } from '../../../training/rec/protocols';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

describe('interaction file loader', () => {
  it('reads MovieLens u.data style: tab-separated, no header, user item rating timestamp', () => {
    const d = loadInteractions(fixture('u-data-style.tsv'));
    expect(d.rowsRead).toBe(5);
    // the repeated (196, 242) pair is merged: first place, latest time
    expect(d.interactions).toEqual([
      { user: '196', item: '242', rating: 3, at: 881250999000 },
      { user: '186', item: '302', rating: 3, at: 891717742000 },
      { user: '22', item: '377', rating: 1, at: 878887116000 },
      { user: '196', item: '51', rating: 2, at: 880606923000 },
    ]);
  });

  it('reads a comma-separated file with a header by column name, quotes included', () => {
    const d = loadInteractions(fixture('ratings-header.csv'));
    expect(d.interactions[0]).toEqual({ user: '1', item: '31', rating: 2.5, at: 1260759144000 });
    expect(d.interactions).toHaveLength(3);
  });

  it('reads a headerless three-column file whose third column is a timestamp', () => {
    const d = loadInteractions(fixture('views-no-header.csv'));
    expect(d.interactions[1]).toEqual({ user: 'u1', item: 'p2', at: 1700000100000 });
  });

  it('reads semicolons with a header, and a third column of small numbers as ratings', () => {
    expect(loadInteractions(fixture('semicolon-header.csv')).interactions).toEqual([
      { user: 'c1', item: 'sku-1', rating: 5 },
      { user: 'c2', item: 'sku-1', rating: 4 },
    ]);
    expect(parseInteractions('a,x,4\nb,y,2\n').interactions[0]).toEqual({ user: 'a', item: 'x', rating: 4 });
  });

  it('detects delimiters, headers and time formats', () => {
    expect(detectDelimiter('1::2::5::978300760')).toBe('::');
    expect(parseInteractions('1::1193::5::978300760\n').interactions[0]).toEqual({
      user: '1',
      item: '1193',
      rating: 5,
      at: 978300760000,
    });
    expect(columnsFromHeader(['user_id', 'item_id', 'timestamp'])).toEqual({ user: 0, item: 1, time: 2 });
    expect(columnsFromHeader(['1', '2', '3'])).toBeUndefined();
    expect(parseTime('2010-12-01 08:26:00')).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(parseTime('1700000000000')).toBe(1700000000000);
  });
});

describe('Online Retail loader', () => {
  const d = loadOnlineRetail(fixture('online-retail-tiny.csv.gz'));

  it('drops cancellations, rows without a customer and non-positive quantities', () => {
    expect(d.rowsRead).toBe(6);
    const pairs = d.interactions.map((i) => `${i.user}:${i.item}`);
    expect(pairs).toEqual(['17850:85123A', '17850:71053', '17850:22633', '15311:85123A', '15311:71053']);
  });

  it('keeps purchase dates (the latest per pair) and the most frequent description per product', () => {
    const heart = d.interactions.find((i) => i.user === '17850' && i.item === '85123A');
    expect(heart?.at).toBe(Date.UTC(2010, 11, 5, 12));
    expect(d.itemText?.get('85123A')).toBe('WHITE HANGING HEART T-LIGHT HOLDER');
    expect(d.itemText?.get('22633')).toBe('HAND WARMER UNION JACK, RED');
  });

  it('feeds leave-last-out with the most recent purchase as the test item', () => {
    const { test } = leaveLastOut(d.interactions);
    expect(test.get('17850')).toEqual(new Set(['85123A']));
    expect(test.get('15311')).toEqual(new Set(['71053']));
  });

  it('is recognised by its header', () => {
    expect(
      isOnlineRetailHeader('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'),
    ).toBe(true);
    expect(isOnlineRetailHeader('userId,movieId,rating,timestamp')).toBe(false);
  });
});
