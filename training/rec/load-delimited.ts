/**
 * Reads any `user,item[,rating][,timestamp]` file: comma-, tab-, semicolon- or `::`-separated, with or
 * without a header (MovieLens-100k `u.data` is tab-separated with none; ML-1M uses `::`). With a
 * header, columns are found by name (userId, movieId, rating, timestamp, …); without, by position. A
 * third column holding epoch seconds or dates is read as a timestamp, otherwise as a rating.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Dataset, dedupe, type Interaction } from './dataset';

export type Delimiter = ',' | '\t' | ';' | '::';

export function detectDelimiter(line: string): Delimiter {
  if (line.includes('\t')) return '\t';
  if (line.includes('::')) return '::';
  if (line.includes(',')) return ',';
  if (line.includes(';')) return ';';
  return '\t';
}

/** Splits one line; double quotes protect delimiters (RFC 4180 style, "" for a quote). */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  if (delimiter === '::' || !line.includes('"')) return line.split(delimiter).map((f) => f.trim());
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

const NAME_PATTERNS: Record<'user' | 'item' | 'rating' | 'time', RegExp> = {
  user: /^(user|userid|user_id|uid|customer|customerid|customer_id|visitorid)$/,
  item: /^(item|itemid|item_id|iid|movie|movieid|movie_id|product|productid|product_id|stockcode|sku)$/,
  rating: /^(rating|ratings|score|value|weight|quantity|count)$/,
  time: /^(timestamp|time|ts|date|datetime|invoicedate|at)$/,
};

export interface ColumnMap {
  user: number;
  item: number;
  rating?: number;
  time?: number;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s"-]/g, '');
}

/** Column positions from a header row, or undefined when the row does not look like a header. */
export function columnsFromHeader(fields: readonly string[]): ColumnMap | undefined {
  const find = (pattern: RegExp) => {
    const i = fields.findIndex((f) => pattern.test(normaliseName(f)));
    return i < 0 ? undefined : i;
  };
  const user = find(NAME_PATTERNS.user);
  const item = find(NAME_PATTERNS.item);
  if (user === undefined || item === undefined) return undefined;
  const rating = find(NAME_PATTERNS.rating);
  const time = find(NAME_PATTERNS.time);
  return { user, item, ...(rating !== undefined && { rating }), ...(time !== undefined && { time }) };
}

const isNumber = (s: string) => s !== '' && Number.isFinite(Number(s));

/** Epoch seconds, epoch milliseconds or a date string → milliseconds; undefined when unreadable. */
export function parseTime(value: string): number | undefined {
  if (value === '') return undefined;
  if (isNumber(value)) {
    const x = Number(value);
    return x > 1e12 ? x : x * 1000;
  }
  const ms = Date.parse(value.includes('T') || value.endsWith('Z') ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whether a third column is a timestamp (epoch seconds or dates) rather than a rating. */
function looksLikeTime(samples: readonly string[]): boolean {
  const present = samples.filter((s) => s !== '');
  if (present.length === 0) return false;
  return present.every((s) => (isNumber(s) ? Number(s) > 1e8 : parseTime(s) !== undefined));
}

export function parseInteractions(content: string, source = 'input'): Dataset {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = lines[0];
  if (first === undefined) throw new Error(`${source}: no rows`);
  const delimiter = detectDelimiter(first);
  const head = splitLine(first, delimiter);
  const named = columnsFromHeader(head);
  const body = named ? lines.slice(1) : lines;
  let columns: ColumnMap;
  if (named) columns = named;
  else {
    if (head.length < 2) throw new Error(`${source}: expected at least user and item columns`);
    const third = body.slice(0, 200).map((l) => splitLine(l, delimiter)[2] ?? '');
    if (head.length >= 4) columns = { user: 0, item: 1, rating: 2, time: 3 };
    else if (head.length === 3)
      columns = looksLikeTime(third) ? { user: 0, item: 1, time: 2 } : { user: 0, item: 1, rating: 2 };
    else columns = { user: 0, item: 1 };
  }
  const rows = function* (): Generator<Interaction> {
    for (const line of body) {
      const f = splitLine(line, delimiter);
      const user = f[columns.user] ?? '';
      const item = f[columns.item] ?? '';
      if (user === '' || item === '') continue;
      const row: Interaction = { user, item };
      const rating = columns.rating === undefined ? undefined : f[columns.rating];
      if (rating !== undefined && isNumber(rating)) row.rating = Number(rating);
      const at = columns.time === undefined ? undefined : parseTime(f[columns.time] ?? '');
      if (at !== undefined) row.at = at;
      yield row;
    }
  };
  return { ...dedupe(rows()), source };
}

/** Reads a file (gzip when the name ends in .gz). */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function loadInteractions(path: string): Dataset {
  return parseInteractions(readText(path), path);
}
