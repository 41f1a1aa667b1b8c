import { type Clock, systemClock } from '../../core/clock';
import type { Store } from '../repositories';
import { DocumentStore } from '../shared/document-store';
import { SqliteBackend } from './sqlite-backend';

export { EMBEDDED_DB_FILE } from './sqlite-backend';

/** Opens (and initialises) the embedded store in `<dataDir>/concierge.db`. */
export async function openEmbeddedStore(options: { dataDir: string; clock?: Clock }): Promise<Store> {
  const store = new DocumentStore(SqliteBackend.inDirectory(options.dataDir), options.clock ?? systemClock);
  await store.init();
  return store;
}
