/**
 * A real embedded store seeded with the demo shop, for each transcript. Seeding happens once per
 * worker into a template directory; each transcript then gets a copy of that database file, so one
 * transcript's cancellations and failed verifications never leak into another.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoShop } from '../../../src/commerce/seed/seed-demo-shop';
import type { Clock } from '../../../src/core/clock';
import { silentLogger } from '../../../src/core/logger';
import { openStore } from '../../../src/store/open-store';
import type { Store } from '../../../src/store/repositories';

let template: Promise<string> | undefined;

async function seedTemplate(clock: Clock): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-transcripts-seed-'));
  const store = await openStore({ dataDir: dir, log: silentLogger(), clock });
  await seedDemoShop(store, { clock, seed: 42 });
  // Closing checkpoints the write-ahead log into the main file, so copying that file is enough.
  await store.close();
  return dir;
}

export async function openSeededStore(clock: Clock): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  template ??= seedTemplate(clock);
  const source = await template;
  const dir = mkdtempSync(join(tmpdir(), 'concierge-transcript-'));
  for (const file of readdirSync(source)) {
    if (existsSync(join(source, file))) copyFileSync(join(source, file), join(dir, file));
  }
  const store = await openStore({ dataDir: dir, log: silentLogger(), clock });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function removeTemplate(): void {
  if (!template) return;
  void template.then((dir) => rmSync(dir, { recursive: true, force: true }));
}
