/** Repositories for operational records: delivery dedupe, notes, stored models. */

import { DuplicateError, StoreError } from '../../../core/errors';
import type { ChannelId } from '../../../core/message';
import type { IsoDate, Note, StoredModel } from '../../entities';
import type { DeliveryRepo, ModelRepo, NoteRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { type Filter, range } from '../filter';

interface Delivery {
  channel: ChannelId;
  deliveryId: string;
  expiresAt: IsoDate;
}
type DeliveryField = 'channel' | 'deliveryId' | 'expiresAt';

export const DELIVERIES: CollectionSpec<DeliveryField> = {
  name: 'deliveries',
  entity: 'delivery',
  fields: { channel: 'string', deliveryId: 'string', expiresAt: 'string' },
  key: ['channel', 'deliveryId'],
  indexes: [{ fields: ['expiresAt'] }],
};

export class DocumentDeliveryRepo implements DeliveryRepo {
  private readonly docs: DocumentCollection<Delivery, DeliveryField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(DELIVERIES);
  }

  /** The unique key decides: whichever process inserts first wins, on both backends. */
  async claim(channel: ChannelId, deliveryId: string, expiresAt: IsoDate): Promise<boolean> {
    try {
      await this.docs.insert({ channel, deliveryId, expiresAt });
      return true;
    } catch (error) {
      if (error instanceof DuplicateError) return false;
      throw error;
    }
  }

  async release(channel: ChannelId, deliveryId: string): Promise<void> {
    await this.docs.deleteOne({ channel, deliveryId });
  }

  /** Forgets ids whose `expiresAt` is at or before `now`. */
  sweep(now: IsoDate): Promise<number> {
    return this.docs.deleteMany({ expiresAt: range({ lte: now }) });
  }
}

type NoteField = 'id' | 'kind' | 'conversationId' | 'customerId' | 'at';

export const NOTES: CollectionSpec<NoteField> = {
  name: 'notes',
  entity: 'note',
  fields: { id: 'string', kind: 'string', conversationId: 'string', customerId: 'string', at: 'string' },
  key: ['id'],
  indexes: [{ fields: ['kind', 'at'] }, { fields: ['customerId'] }, { fields: ['conversationId'] }],
};

export class DocumentNoteRepo implements NoteRepo {
  private readonly docs: DocumentCollection<Note, NoteField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(NOTES);
  }

  add(note: Note): Promise<void> {
    return this.docs.insert(structuredClone(note));
  }

  replace(note: Note): Promise<boolean> {
    return this.docs.replaceOne({ id: note.id }, structuredClone(note));
  }

  list(
    kind: Note['kind'],
    options: { conversationId?: string; customerId?: string; limit?: number; newestFirst?: boolean } = {},
  ): Promise<Note[]> {
    const filter: Filter<NoteField> = { kind };
    if (options.conversationId !== undefined) filter.conversationId = options.conversationId;
    if (options.customerId !== undefined) filter.customerId = options.customerId;
    return this.docs.find(filter, {
      sort: [['at', options.newestFirst ? -1 : 1]],
      ...(options.limit !== undefined && { limit: options.limit }),
    });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}

type ModelField = 'name' | 'version';

export const MODELS: CollectionSpec<ModelField> = {
  name: 'models',
  entity: 'model',
  fields: { name: 'string', version: 'number' },
  key: ['name', 'version'],
  indexes: [],
};

/** Two trainers racing for the same version number: the loser retries with the next one. */
const MAX_VERSION_ATTEMPTS = 10;

export class DocumentModelRepo implements ModelRepo {
  private readonly docs: DocumentCollection<StoredModel, ModelField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(MODELS);
  }

  async put(name: string, data: string, meta: Record<string, unknown>, at: IsoDate): Promise<number> {
    for (let attempt = 0; attempt < MAX_VERSION_ATTEMPTS; attempt++) {
      const version = ((await this.latest(name))?.version ?? 0) + 1;
      try {
        await this.docs.insert({ name, version, data, meta: structuredClone(meta), createdAt: at });
        return version;
      } catch (error) {
        if (!(error instanceof DuplicateError)) throw error;
      }
    }
    throw new StoreError(`could not allocate a version for model ${name}`);
  }

  latest(name: string): Promise<StoredModel | null> {
    return this.docs.findOne({ name }, { sort: [['version', -1]] });
  }
}
