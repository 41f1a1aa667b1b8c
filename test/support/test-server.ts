/**
 * The whole product on a real port, for end-to-end tests: createServer from configuration, as
 * main.ts does, with a temp DATA_DIR, the cached NLU model (so nothing trains) and silent logs.
 * Configuration comes only from `env` here, never from the developer's environment, so a stray
 * variable cannot change what a test proves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock';
import { loadConfig } from '../../src/core/config';
import { type ConciergeServer, createServer } from '../../src/server';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from './mongo-env';
import { cachedModelFile } from './nlu-model-cache';

/** Web chat visitor tokens are signed with this; two instances given it accept each other's tokens. */
export const TEST_WEBCHAT_SECRET = 'e2e-webchat-token-secret-0123456789abcdef';

export interface TestServerOptions {
  /** Extra configuration (channel credentials, ADMIN_TOKEN, REDIS_URL, MONGODB_URI…). */
  env?: Record<string, string | undefined>;
  /** ManualClock by default: Thu 15 Jan 2026 10:00 UTC, inside the demo shop's contact hours. */
  clock?: ManualClock;
  /** Reuse this data folder (a restart); otherwise a fresh temp folder, removed on close. */
  dataDir?: string;
}

export interface TestServer {
  server: ConciergeServer;
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  dataDir: string;
  clock: ManualClock;
  /** Graceful shutdown, then the temp folder goes (unless the caller owns it). */
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'concierge-e2e-')));
  const clock = options.clock ?? new ManualClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEBCHAT_TOKEN_SECRET: TEST_WEBCHAT_SECRET,
    NLU_MODEL_FILE: await cachedModelFile(),
    ...options.env,
  });
  let server: ConciergeServer;
  try {
    server = await createServer({ config, clock });
  } catch (error) {
    if (ownsDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = await server.listen();
  let closed: Promise<void> | undefined;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    clock,
    close() {
      closed ??= (async () => {
        await server.close();
        if (ownsDir) await rm(dataDir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}

/**
 * Store configuration for suites that run on either backend: a fresh database on the MongoDB-wire
 * server when MONGODB_URI is set, otherwise nothing (each server's embedded store). `drop` removes
 * the database afterwards.
 */
export function storeEnv(prefix = 'e2e'): { env: Record<string, string>; kind: string; drop(): Promise<void> } {
  const uri = testMongoUri();
  if (!uri) return { env: {}, kind: 'embedded', drop: async () => {} };
  const db = uniqueDatabaseName(prefix);
  return { env: { MONGODB_URI: uri, MONGODB_DB: db }, kind: 'mongo', drop: () => dropDatabase(uri, db) };
}
