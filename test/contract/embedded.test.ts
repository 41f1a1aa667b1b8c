/** The store contract on the embedded SQLite backend, each test in its own temp directory. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded';
import { describeStoreContract } from './harness';

describeStoreContract({
  name: 'embedded',
  newLocation: () => mkdtemp(join(tmpdir(), 'concierge-contract-')),
  open: (dataDir, clock) => openEmbeddedStore({ dataDir, clock }),
  removeLocation: (dataDir) => rm(dataDir, { recursive: true, force: true }),
});
