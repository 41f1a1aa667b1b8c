/**
 * Starts Concierge from the environment (and `.env` when present), and shuts it down gracefully on
 * SIGINT/SIGTERM: in-flight turns finish and the store is closed.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from './core/config';
import { createLogger } from './core/logger';
import { createServer } from './server';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const log = createLogger({ level: config.LOG_LEVEL });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  const server = await createServer({ config, log });
  const port = await server.listen();
  log.info(`web chat: http://localhost:${port}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
