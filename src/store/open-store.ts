/**
 * Picks the storage backend from configuration: MongoDB when a URI is given, otherwise the embedded
 * SQLite file under the data directory (nothing else to install for a first `npm start`).
 */
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from './embedded';
import { DEFAULT_MONGODB_DB, openMongoStore } from './mongo';
import type { Store } from './repositories';

export interface OpenStoreOptions {
  mongoUri?: string;
  mongoDb?: string;
  dataDir: string;
  log: Logger;
  /** Decides when key/value entries have expired on read; the system clock by default. */
  clock?: Clock;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const clock = options.clock ? { clock: options.clock } : {};
  if (options.mongoUri) {
    const dbName = options.mongoDb ?? DEFAULT_MONGODB_DB;
    const store = await openMongoStore({ uri: options.mongoUri, dbName, ...clock });
    // The URI may carry credentials: log the database name only.
    options.log.info({ store: 'mongo', db: dbName }, 'store ready');
    return store;
  }
  const store = await openEmbeddedStore({ dataDir: options.dataDir, ...clock });
  options.log.info({ store: 'embedded', file: `${options.dataDir}/${EMBEDDED_DB_FILE}` }, 'store ready');
  return store;
}
