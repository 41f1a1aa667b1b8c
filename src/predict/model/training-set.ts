/**
 * Training rows from the event log: for each customer and each past cut-off, the features as they were
 * at the cut-off and whether the customer bought within the following horizon. Several cut-offs per
 * customer give a small shop enough rows, and the label never peeks at events used by the features.
 */
import type { CustomerEvent } from '../../store/entities';
import type { Store } from '../../store/repositories';
import { customerFeatures } from '../features/customer-features';

const DAY_MS = 86_400_000;

export interface TrainingSetOptions {
  horizonDays: number;
  /** How many cut-offs, spaced one horizon apart, ending one horizon before `now`. */
  cutoffs: number;
}

export interface TrainingSet {
  rows: number[][];
  labels: number[];
  customers: number;
}

export async function eventsByCustomer(store: Store, to: Date): Promise<Map<string, CustomerEvent[]>> {
  const byCustomer = new Map<string, CustomerEvent[]>();
  const pageSize = 5000;
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.events.list({ to: to.toISOString(), limit: pageSize, ...(afterSeq ? { afterSeq } : {}) });
    for (const event of page) {
      if (!event.customerId) continue;
      const list = byCustomer.get(event.customerId) ?? [];
      list.push(event);
      byCustomer.set(event.customerId, list);
    }
    if (page.length < pageSize) break;
    afterSeq = page.at(-1)?.seq;
  }
  return byCustomer;
}

export function buildTrainingSet(
  byCustomer: Map<string, readonly CustomerEvent[]>,
  now: Date,
  options: TrainingSetOptions,
): TrainingSet {
  const horizon = options.horizonDays * DAY_MS;
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const events of byCustomer.values()) {
    const purchases = events.filter((e) => e.type === 'purchase').map((e) => Date.parse(e.at));
    const first = Math.min(...events.map((e) => Date.parse(e.at)));
    for (let k = 1; k <= options.cutoffs; k++) {
      const cutoff = now.getTime() - k * horizon;
      // A customer who did not exist yet at this cut-off tells us nothing about it.
      if (first > cutoff) continue;
      rows.push(customerFeatures(events, new Date(cutoff)));
      labels.push(purchases.some((at) => at > cutoff && at <= cutoff + horizon) ? 1 : 0);
    }
  }
  return { rows, labels, customers: byCustomer.size };
}
