import type { Logger } from 'pino';

/**
 * Runs `task` every `intervalMs` in the background, never two at once: a slow run (a store hiccup, a
 * large refit) is skipped over rather than stacked. Failures are logged, never thrown. The timer does
 * not keep the process alive. Returns a stop function.
 */
export function runEvery(intervalMs: number, task: () => Promise<unknown>, log: Logger, what: string): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => log.error({ err: error }, `${what} failed`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
