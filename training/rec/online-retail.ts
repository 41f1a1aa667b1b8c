/**
 * UCI Online Retail (`InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country`)
 * → customer × product purchases with dates. Dropped, as is usual for this file: cancellations
 * (InvoiceNo starting with C), rows without a CustomerID, and rows with quantity ≤ 0. Each product's
 * most frequent description becomes its text, for the content-based model.
 */
import { type Dataset, dedupe, type Interaction } from './dataset';
import { parseTime, readText, splitLine } from './load-delimited';

const REQUIRED = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'CustomerID'] as const;

export function parseOnlineRetail(content: string, source = 'online-retail'): Dataset {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const lines = text.split(/\r?\n/);
  const header = splitLine(lines[0] ?? '', ',');
  const col = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)])) as Record<
    (typeof REQUIRED)[number],
    number
  >;
  const missing = REQUIRED.filter((name) => col[name] < 0);
  if (missing.length > 0) throw new Error(`${source}: not an Online Retail file (missing ${missing.join(', ')})`);
  const descriptions = new Map<string, Map<string, number>>();
  const rows: Interaction[] = [];
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l] as string;
    if (line.trim() === '') continue;
    const f = splitLine(line, ',');
    const invoice = f[col.InvoiceNo] ?? '';
    const customer = f[col.CustomerID] ?? '';
    const quantity = Number(f[col.Quantity] ?? '');
    if (invoice.startsWith('C') || customer === '' || !(quantity > 0)) continue;
    const item = (f[col.StockCode] ?? '').toUpperCase();
    if (item === '') continue;
    // "17850.0" in some exports, "17850" in others: one customer either way
    const user = customer.replace(/\.0+$/, '');
    const at = parseTime(f[col.InvoiceDate] ?? '');
    rows.push(at === undefined ? { user, item } : { user, item, at });
    const desc = (f[col.Description] ?? '').trim();
    if (desc !== '' && desc !== 'Unknown') {
      const counts = descriptions.get(item) ?? new Map<string, number>();
      counts.set(desc, (counts.get(desc) ?? 0) + 1);
      descriptions.set(item, counts);
    }
  }
  const itemText = new Map<string, string>();
  for (const [item, counts] of descriptions) {
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) itemText.set(item, best[0]);
  }
  return { ...dedupe(rows), itemText, source };
}

export function loadOnlineRetail(path: string): Dataset {
  return parseOnlineRetail(readText(path), path);
}

/** True when the first line is the Online Retail header (for `--format auto`). */
export function isOnlineRetailHeader(firstLine: string): boolean {
  const fields = splitLine(firstLine, ',');
  return REQUIRED.every((name) => fields.includes(name));
}
