import { randomUUID } from 'node:crypto';
import type { CustomerEvent } from '../../entities';
import type { EventQuery, EventRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { type Filter, oneOf, type RangeBounds, range, type Sort } from '../filter';

type SequencedEvent = CustomerEvent & { seq: number };
type EventField = 'id' | 'customerId' | 'type' | 'at' | 'seq';

export const EVENTS: CollectionSpec<EventField> = {
  name: 'events',
  entity: 'event',
  fields: { id: 'string', customerId: 'string', type: 'string', at: 'string', seq: 'number' },
  key: ['id'],
  indexes: [
    { fields: ['seq'], unique: true },
    { fields: ['customerId', 'at'] },
    { fields: ['type', 'at'] },
    { fields: ['at'] },
  ],
};

export class DocumentEventRepo implements EventRepo {
  private readonly docs: DocumentCollection<SequencedEvent, EventField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(EVENTS);
  }

  append(event: Omit<CustomerEvent, 'id'> & { id?: string }): Promise<SequencedEvent> {
    const id = event.id ?? randomUUID();
    return this.docs.insertWithSeq('events', (seq) => ({ ...structuredClone(event), id, seq }));
  }

  /**
   * Oldest first by `at` (imports may append history late). With `afterSeq`, incremental consumers
   * page in insertion order instead, so nothing appended later is skipped.
   */
  list(query: EventQuery = {}): Promise<SequencedEvent[]> {
    const filter: Filter<EventField> = {};
    if (query.customerId !== undefined) filter.customerId = query.customerId;
    if (query.types !== undefined) filter.type = oneOf(query.types);
    const at: RangeBounds = {};
    if (query.from !== undefined) at.gte = query.from;
    if (query.to !== undefined) at.lt = query.to;
    if (at.gte !== undefined || at.lt !== undefined) filter.at = range(at);
    if (query.afterSeq !== undefined) filter.seq = range({ gt: query.afterSeq });
    const sort: Sort<EventField> =
      query.afterSeq !== undefined
        ? [['seq', 1]]
        : [
            ['at', 1],
            ['seq', 1],
          ];
    return this.docs.find(filter, { sort, ...(query.limit !== undefined && { limit: query.limit }) });
  }

  reassign(fromCustomerId: string, toCustomerId: string): Promise<number> {
    return this.docs.updateMany({ customerId: fromCustomerId }, { customerId: toCustomerId });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}
