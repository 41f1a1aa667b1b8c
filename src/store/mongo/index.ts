import { type Clock, systemClock } from '../../core/clock';
import type { Store } from '../repositories';
import { DocumentStore } from '../shared/document-store';
import { MongoBackend } from './mongo-backend';

export const DEFAULT_MONGODB_DB = 'concierge';

/** Connects, creates indexes and returns the MongoDB store. */
export async function openMongoStore(options: { uri: string; dbName?: string; clock?: Clock }): Promise<Store> {
  const backend = new MongoBackend({ uri: options.uri, dbName: options.dbName ?? DEFAULT_MONGODB_DB });
  const store = new DocumentStore(backend, options.clock ?? systemClock);
  try {
    await store.init();
  } catch (error) {
    await backend.close().catch(() => undefined);
    throw error;
  }
  return store;
}
