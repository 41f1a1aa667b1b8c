/**
 * Any CSV with a label column → numeric features. Column kinds are detected from the values: numbers,
 * booleans (TRUE/FALSE, true/false, yes/no), otherwise categories. The encoder is fitted on the training
 * rows only (no test information leaks into it): missing numbers take the training median, and
 * categories become their rank by positive rate in training, which for a binary label lets one tree
 * threshold express the best possible grouping of categories (Breiman et al., CART §4.2).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../nlu/csv';

export interface LabeledTable {
  featureNames: string[];
  /** Raw cell text, label column removed. */
  rows: string[][];
  labels: number[];
  positiveValue: string;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'y', 'n']);

export function readLabeledCsv(path: string, labelColumn: string, positive?: string): LabeledTable {
  const [header, ...body] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) throw new Error(`${path} is empty`);
  const labelAt = header.indexOf(labelColumn);
  if (labelAt < 0) throw new Error(`no column "${labelColumn}" in ${path} (columns: ${header.join(', ')})`);
  const rawLabels = body.map((row) => (row[labelAt] ?? '').trim());
  const positiveValue = positive ?? guessPositive(rawLabels);
  return {
    featureNames: header.filter((_, i) => i !== labelAt),
    rows: body.map((row) => row.filter((_, i) => i !== labelAt)),
    labels: rawLabels.map((v) => (v === positiveValue ? 1 : 0)),
    positiveValue,
  };
}

/** TRUE/yes/1 when the label is two-valued and one of them says so; otherwise the rarer value. */
function guessPositive(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (counts.size !== 2) throw new Error(`label has ${counts.size} distinct values; pass --positive VALUE`);
  const entries = [...counts.entries()];
  const truthy = entries.find(([v]) => TRUE_WORDS.has(v.toLowerCase()));
  if (truthy) return truthy[0];
  entries.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return (entries[0] as [string, number])[0];
}

export type ColumnEncoding =
  | { name: string; kind: 'numeric'; fill: number }
  | { name: string; kind: 'boolean' }
  | { name: string; kind: 'categorical'; codes: Record<string, number>; unknown: number };

export function fitEncoder(table: LabeledTable, trainRows: readonly number[]): ColumnEncoding[] {
  return table.featureNames.map((name, col) => {
    const cells = trainRows.map((r) => (table.rows[r]?.[col] ?? '').trim());
    const present = cells.filter((c) => c !== '');
    if (present.length > 0 && present.every((c) => BOOLEAN_WORDS.has(c.toLowerCase())))
      return { name, kind: 'boolean' };
    if (present.every((c) => Number.isFinite(Number(c)))) {
      const sorted = present.map(Number).sort((a, b) => a - b);
      return { name, kind: 'numeric', fill: sorted[Math.floor(sorted.length / 2)] ?? 0 };
    }
    const stats = new Map<string, { n: number; pos: number }>();
    trainRows.forEach((r, i) => {
      const cell = cells[i] as string;
      const s = stats.get(cell) ?? { n: 0, pos: 0 };
      s.n++;
      s.pos += table.labels[r] ?? 0;
      stats.set(cell, s);
    });
    const ranked = [...stats.entries()].sort(
      (a, b) => a[1].pos / a[1].n - b[1].pos / b[1].n || a[0].localeCompare(b[0]),
    );
    const codes = Object.fromEntries(ranked.map(([value], rank) => [value, rank]));
    return { name, kind: 'categorical', codes, unknown: -1 };
  });
}

export function encodeRows(table: LabeledTable, rows: readonly number[], encoders: ColumnEncoding[]): number[][] {
  return rows.map((r) =>
    encoders.map((enc, col) => {
      const cell = (table.rows[r]?.[col] ?? '').trim();
      switch (enc.kind) {
        case 'boolean':
          return TRUE_WORDS.has(cell.toLowerCase()) ? 1 : 0;
        case 'numeric':
          return cell === '' ? enc.fill : Number(cell);
        default:
          return enc.codes[cell] ?? enc.unknown;
      }
    }),
  );
}
