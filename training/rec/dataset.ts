/** The evaluation's view of a data set: one row per interaction, in file order, plus optional item text. */

export interface Interaction {
  user: string;
  item: string;
  rating?: number;
  /** Milliseconds since the epoch. */
  at?: number;
}

export interface Dataset {
  /** Distinct (user, item) pairs in order of first appearance; `at` is the latest time seen. */
  interactions: Interaction[];
  /** Item descriptions, when the source has them (content-based models need them). */
  itemText?: Map<string, string>;
  /** Rows read, before merging repeated (user, item) pairs. */
  rowsRead: number;
  source: string;
}

/**
 * Merges repeated (user, item) rows: the first row keeps its place (so random draws follow file order),
 * the latest timestamp wins (so "last" means the most recent contact with the item).
 */
export function dedupe(rows: Iterable<Interaction>): { interactions: Interaction[]; rowsRead: number } {
  const byPair = new Map<string, Interaction>();
  let rowsRead = 0;
  for (const row of rows) {
    rowsRead++;
    const key = `${row.user}\u0000${row.item}`;
    const seen = byPair.get(key);
    if (!seen) byPair.set(key, { ...row });
    else if (row.at !== undefined && (seen.at === undefined || row.at > seen.at)) seen.at = row.at;
  }
  return { interactions: [...byPair.values()], rowsRead };
}

export function datasetStats(d: Dataset): { users: number; items: number; interactions: number; rowsRead: number } {
  return {
    users: new Set(d.interactions.map((i) => i.user)).size,
    items: new Set(d.interactions.map((i) => i.item)).size,
    interactions: d.interactions.length,
    rowsRead: d.rowsRead,
  };
}
