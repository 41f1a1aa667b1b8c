/**
 * Child process for the restart test: writes to the embedded store in the directory given as the
 * first argument, prints WRITTEN, and then waits to be killed without ever closing the store.
 */
import { openEmbeddedStore } from '../../../src/store/embedded';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: embedded-writer <dataDir>');
  const store = await openEmbeddedStore({ dataDir });
  await store.customers.create({
    id: 'cus_child',
    name: 'Written by the child',
    consents: [],
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
  });
  for (let i = 0; i < 50; i++) {
    await store.messages.append({
      conversationId: 'c_child',
      direction: 'in',
      text: `m${i}`,
      at: '2026-01-15T10:00:00.000Z',
    });
  }
  await store.events.append({
    id: 'evt_child',
    type: 'purchase',
    customerId: 'cus_child',
    at: '2026-01-15T10:00:00.000Z',
  });
  await store.deliveries.claim('telegram', 'upd_child', '2026-01-16T10:00:00.000Z');
  process.stdout.write('WRITTEN\n');
  // Keep the process (and the open database) alive until the parent kills it.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
