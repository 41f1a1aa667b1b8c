import { ValidationError } from '../../../core/errors';
import type { Handoff } from '../../entities';
import type { HandoffRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { requireMatch, withoutKeys } from '../docs';
import { oneOf } from '../filter';

const OPEN: readonly Handoff['status'][] = ['pending', 'agent'];

/**
 * Two derived keys carry the uniqueness rules, because FerretDB has no partial indexes and a unique
 * index counts every missing value as one null: `openKey` is the conversation while the handoff is
 * open (one open handoff per conversation), `threadKey` the Slack thread once there is one (one handoff
 * per thread); otherwise both hold a value unique to the handoff.
 */
type HandoffDoc = Handoff & { openKey: string; threadKey: string };
type HandoffField = 'id' | 'conversationId' | 'customerId' | 'status' | 'openKey' | 'threadKey' | 'createdAt';
const DERIVED = ['openKey', 'threadKey'] as const;

export const HANDOFFS: CollectionSpec<HandoffField> = {
  name: 'handoffs',
  entity: 'handoff',
  fields: {
    id: 'string',
    conversationId: 'string',
    customerId: 'string',
    status: 'string',
    openKey: 'string',
    threadKey: 'string',
    createdAt: 'string',
  },
  key: ['id'],
  indexes: [
    { fields: ['openKey'], unique: true },
    { fields: ['threadKey'], unique: true },
    { fields: ['conversationId'] },
    { fields: ['customerId'] },
    { fields: ['status', 'createdAt'] },
  ],
};

function openKey(h: Pick<Handoff, 'id' | 'conversationId' | 'status'>): string {
  return OPEN.includes(h.status) ? `open:${h.conversationId}` : `closed:${h.id}`;
}

function threadKey(h: Pick<Handoff, 'id' | 'threadChannel' | 'threadTs'>): string {
  return h.threadChannel !== undefined && h.threadTs !== undefined
    ? `thread:${JSON.stringify([h.threadChannel, h.threadTs])}`
    : `none:${h.id}`;
}

function toDoc(handoff: Handoff): HandoffDoc {
  return { ...structuredClone(handoff), openKey: openKey(handoff), threadKey: threadKey(handoff) };
}

const fromDoc = (doc: HandoffDoc | null): Handoff | null => (doc ? withoutKeys(doc, DERIVED) : null);

export class DocumentHandoffRepo implements HandoffRepo {
  private readonly docs: DocumentCollection<HandoffDoc, HandoffField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(HANDOFFS);
  }

  /** Throws DuplicateError if the conversation already has an open handoff or the thread is taken. */
  create(handoff: Handoff): Promise<void> {
    return this.docs.insert(toDoc(handoff));
  }

  async get(id: string): Promise<Handoff | null> {
    return fromDoc(await this.docs.findOne({ id }));
  }

  async findOpenByConversation(conversationId: string): Promise<Handoff | null> {
    return fromDoc(await this.docs.findOne({ conversationId, status: oneOf(OPEN) }));
  }

  async findByThread(threadChannel: string, threadTs: string): Promise<Handoff | null> {
    if (typeof threadChannel !== 'string' || typeof threadTs !== 'string') {
      throw new ValidationError('thread channel and timestamp must be strings');
    }
    return fromDoc(await this.docs.findOne({ threadKey: threadKey({ id: '', threadChannel, threadTs }) }));
  }

  /** Oldest first: the queue agents work through. */
  async listOpen(): Promise<Handoff[]> {
    const docs = await this.docs.find({ status: oneOf(OPEN) }, { sort: [['createdAt', 1]] });
    return docs.map((d) => withoutKeys(d, DERIVED));
  }

  async transition(
    id: string,
    from: Handoff['status'],
    patch: Partial<Handoff> & { status: Handoff['status'] },
  ): Promise<boolean> {
    const current = await this.docs.findOne({ id, status: from });
    if (!current) return false;
    // The id and conversation never change; the thread may be set by this very patch.
    // Undefined patch values mean "leave as is", as in updateOne.
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'conversationId'),
    ) as Partial<Handoff>;
    const merged = { ...current, ...changes };
    const updated = await this.docs.updateOne(
      { id, status: from },
      { ...structuredClone(changes), openKey: openKey(merged), threadKey: threadKey(merged) },
    );
    return updated !== null;
  }

  /** Throws NotFoundError for an unknown handoff. */
  async update(handoff: Handoff): Promise<void> {
    requireMatch(await this.docs.replaceOne({ id: handoff.id }, toDoc(handoff)), 'handoff', handoff.id);
  }

  listByCustomer(customerId: string): Promise<Handoff[]> {
    return this.docs.find({ customerId }, { sort: [['createdAt', 1]] });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}
