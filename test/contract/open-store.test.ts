import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/core/logger';
import { openStore } from '../../src/store/open-store';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '../support/mongo-env';

describe('openStore', () => {
  let dataDir = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-open-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the embedded store in the data directory when no MongoDB URI is given', async () => {
    const store = await openStore({ dataDir: join(dataDir, 'nested'), log: silentLogger() });
    try {
      expect(store.kind).toBe('embedded');
      await store.ping();
      expect(existsSync(join(dataDir, 'nested', 'concierge.db'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  const uri = testMongoUri();
  (uri ? it : it.skip)('opens MongoDB when a URI is given', async () => {
    const mongoDb = uniqueDatabaseName('open');
    const store = await openStore({ mongoUri: uri, mongoDb, dataDir, log: silentLogger() });
    try {
      expect(store.kind).toBe('mongo');
      await store.ping();
      expect(existsSync(join(dataDir, 'concierge.db'))).toBe(false);
    } finally {
      await store.close();
      await dropDatabase(uri ?? '', mongoDb);
    }
  });
});
