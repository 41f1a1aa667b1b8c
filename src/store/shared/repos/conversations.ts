import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors';
import type { Conversation, StoredMessage } from '../../entities';
import type { ConversationRepo, MessageRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { range } from '../filter';

type ConversationField = 'id' | 'customerId' | 'handoff' | 'version' | 'lastActivityAt';

export const CONVERSATIONS: CollectionSpec<ConversationField> = {
  name: 'conversations',
  entity: 'conversation',
  fields: { id: 'string', customerId: 'string', handoff: 'string', version: 'number', lastActivityAt: 'string' },
  key: ['id'],
  indexes: [{ fields: ['customerId'] }, { fields: ['handoff'] }],
};

export class DocumentConversationRepo implements ConversationRepo {
  private readonly docs: DocumentCollection<Conversation, ConversationField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(CONVERSATIONS);
  }

  get(id: string): Promise<Conversation | null> {
    return this.docs.findOne({ id });
  }

  /** Stores version 1 whatever the caller passed. */
  create(conversation: Conversation): Promise<void> {
    return this.docs.insert({ ...structuredClone(conversation), version: 1 });
  }

  /**
   * Compare-and-set on `version`: the write lands only if nobody saved since `conversation` was read.
   * One document, one atomic replace — no transaction needed on either backend.
   */
  async save(conversation: Conversation): Promise<Conversation> {
    const { id, version } = conversation;
    if (!Number.isInteger(version)) throw new ValidationError('conversation version must be an integer');
    const next: Conversation = { ...structuredClone(conversation), version: version + 1 };
    if (await this.docs.replaceOne({ id, version }, next)) return structuredClone(next);
    if ((await this.docs.count({ id })) === 0) throw new NotFoundError('conversation', id);
    throw new ConflictError('conversation', id);
  }

  /** Most recently active first. */
  listByCustomer(customerId: string): Promise<Conversation[]> {
    return this.docs.find({ customerId }, { sort: [['lastActivityAt', -1]] });
  }

  /** Longest-waiting first. */
  listByHandoff(status: Conversation['handoff']): Promise<Conversation[]> {
    return this.docs.find({ handoff: status }, { sort: [['lastActivityAt', 1]] });
  }

  /** Conversation records only; the erasure service also deletes each conversation's messages. */
  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}

type MessageField = 'id' | 'conversationId' | 'seq';

export const MESSAGES: CollectionSpec<MessageField> = {
  name: 'messages',
  entity: 'message',
  fields: { id: 'string', conversationId: 'string', seq: 'number' },
  key: ['id'],
  indexes: [{ fields: ['seq'], unique: true }, { fields: ['conversationId', 'seq'] }],
};

export class DocumentMessageRepo implements MessageRepo {
  private readonly docs: DocumentCollection<StoredMessage, MessageField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(MESSAGES);
  }

  append(message: Omit<StoredMessage, 'id' | 'seq'>): Promise<StoredMessage> {
    const id = randomUUID();
    return this.docs.insertWithSeq('messages', (seq) => ({ ...structuredClone(message), id, seq }));
  }

  list(conversationId: string, options: { afterSeq?: number; limit?: number } = {}): Promise<StoredMessage[]> {
    return this.docs.find(
      { conversationId, ...(options.afterSeq !== undefined && { seq: range({ gt: options.afterSeq }) }) },
      { sort: [['seq', 1]], ...(options.limit !== undefined && { limit: options.limit }) },
    );
  }

  async tail(conversationId: string, limit: number): Promise<StoredMessage[]> {
    const newestFirst = await this.docs.find({ conversationId }, { sort: [['seq', -1]], limit });
    return newestFirst.reverse();
  }

  deleteByConversation(conversationId: string): Promise<number> {
    return this.docs.deleteMany({ conversationId });
  }
}
