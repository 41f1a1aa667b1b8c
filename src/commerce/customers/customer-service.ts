/**
 * Customer records and the privacy rights over them: marketing consent per channel, a full export of
 * what we hold, and erasure of all of it.
 */
import { NotFoundError } from '../../core/errors';
import type { Customer, CustomerEvent, Note, StoredMessage } from '../../store/entities';
import type { Store } from '../../store/repositories';
import type { CustomerService } from '../types';

/** Every note kind, so export and erase miss none (the repo lists notes per kind). */
const NOTE_KINDS = [
  'complaint',
  'review',
  'nlu_review',
  'ticket',
  'agent_note',
  'csat',
] as const satisfies readonly Note['kind'][];
const PAGE = 1000;

type CustomerStore = Pick<
  Store,
  | 'customers'
  | 'identities'
  | 'orders'
  | 'returns'
  | 'conversations'
  | 'messages'
  | 'events'
  | 'offers'
  | 'notes'
  | 'handoffs'
>;

export class StoreCustomerService implements CustomerService {
  constructor(private readonly deps: { store: CustomerStore }) {}

  async get(id: string): Promise<Customer | null> {
    return this.deps.store.customers.get(id);
  }

  async setConsent(
    customerId: string,
    channel: Customer['consents'][number]['channel'],
    optedIn: boolean,
    now: Date,
  ): Promise<void> {
    const { customers, events } = this.deps.store;
    const customer = await customers.get(customerId);
    if (!customer) throw new NotFoundError('customer', customerId);
    const at = now.toISOString();
    const consents = [...customer.consents.filter((c) => c.channel !== channel), { channel, optedIn, at }];
    await customers.update({ ...customer, consents, updatedAt: at });
    // The event is the audit trail regulators ask for: who agreed to what, when, on which channel.
    await events.append({ customerId, channel, type: 'consent_changed', data: { optedIn }, at });
  }

  async exportData(customerId: string): Promise<Record<string, unknown>> {
    const { store } = this.deps;
    const customer = await store.customers.get(customerId);
    if (!customer) throw new NotFoundError('customer', customerId);
    const conversations = await store.conversations.listByCustomer(customerId);
    const withMessages = [];
    for (const conversation of conversations) {
      withMessages.push({ ...conversation, messages: await this.allMessages(conversation.id) });
    }
    return {
      customer,
      identities: await store.identities.listByCustomer(customerId),
      orders: await store.orders.listByCustomer(customerId),
      returns: await store.returns.listByCustomer(customerId),
      conversations: withMessages,
      events: await this.allEvents(customerId),
      offers: await store.offers.listByCustomer(customerId),
      handoffs: await store.handoffs.listByCustomer(customerId),
      notes: await this.allNotes(customerId),
    };
  }

  async erase(customerId: string): Promise<Record<string, number>> {
    const { store } = this.deps;
    let messages = 0;
    for (const conversation of await store.conversations.listByCustomer(customerId)) {
      messages += await store.messages.deleteByConversation(conversation.id);
    }
    return {
      messages,
      conversations: await store.conversations.deleteByCustomer(customerId),
      identities: await store.identities.deleteByCustomer(customerId),
      orders: await store.orders.deleteByCustomer(customerId),
      returns: await store.returns.deleteByCustomer(customerId),
      events: await store.events.deleteByCustomer(customerId),
      offers: await store.offers.deleteByCustomer(customerId),
      handoffs: await store.handoffs.deleteByCustomer(customerId),
      notes: await store.notes.deleteByCustomer(customerId),
      customers: (await store.customers.delete(customerId)) ? 1 : 0,
    };
  }

  private async allMessages(conversationId: string): Promise<StoredMessage[]> {
    const all: StoredMessage[] = [];
    for (;;) {
      const last = all.at(-1);
      const page = await this.deps.store.messages.list(conversationId, {
        limit: PAGE,
        ...(last && { afterSeq: last.seq }),
      });
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }

  private async allEvents(customerId: string): Promise<CustomerEvent[]> {
    const all: (CustomerEvent & { seq: number })[] = [];
    for (;;) {
      const last = all.at(-1);
      const page = await this.deps.store.events.list({ customerId, limit: PAGE, ...(last && { afterSeq: last.seq }) });
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }

  private async allNotes(customerId: string): Promise<Note[]> {
    const notes: Note[] = [];
    for (const kind of NOTE_KINDS)
      notes.push(...(await this.deps.store.notes.list(kind, { customerId, limit: 100_000 })));
    return notes.sort((a, b) => a.at.localeCompare(b.at));
  }
}
