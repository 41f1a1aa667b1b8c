/** An embedded store in a fresh temporary directory, with a clock the test moves. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../../src/core/clock';
import { silentLogger } from '../../../../src/core/logger';
import { openStore } from '../../../../src/store/open-store';
import type { Store } from '../../../../src/store/repositories';

export interface TempStore {
  store: Store;
  clock: ManualClock;
  close(): Promise<void>;
}

export async function openTempStore(now = '2026-03-02T10:00:00.000Z'): Promise<TempStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concierge-rec-'));
  const clock = new ManualClock(now);
  const store = await openStore({ dataDir, log: silentLogger(), clock });
  return {
    store,
    clock,
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
