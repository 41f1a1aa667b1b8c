/**
 * A real process restart: a child process writes through the embedded store and is killed with
 * SIGKILL (no close, no checkpoint); the parent then opens the same directory and finds everything.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded';

const WRITER = join(__dirname, 'support', 'embedded-writer.ts');

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(line)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`writer exited (${code}) before ${line}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
    else child.once('exit', (_code, signal) => resolve(signal));
  });
}

describe('embedded store across a killed process', () => {
  let dataDir = '';

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-restart-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every committed write after SIGKILL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await waitForLine(child, 'WRITTEN');
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited(child)).toBe('SIGKILL');

    const store = await openEmbeddedStore({ dataDir });
    try {
      expect((await store.customers.get('cus_child'))?.name).toBe('Written by the child');
      const messages = await store.messages.list('c_child');
      expect(messages.map((m) => m.text)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
      expect((await store.events.list({ customerId: 'cus_child' })).map((e) => e.id)).toEqual(['evt_child']);
      expect(await store.deliveries.claim('telegram', 'upd_child', '2026-01-16T10:00:00.000Z')).toBe(false);
      const next = await store.messages.append({ conversationId: 'c_child', direction: 'out', text: 'after', at: 'x' });
      expect(next.seq).toBeGreaterThan(messages.at(-1)?.seq ?? Number.POSITIVE_INFINITY);
    } finally {
      await store.close();
    }
  });
});
