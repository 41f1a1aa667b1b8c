/**
 * Redis for tests: suites that need a real server probe it once and skip when it is not there, except
 * in CI, where a missing Redis is a failure.
 */
import Redis from 'ioredis';

async function redisReachable(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Whether Redis answers at `url`; when it does not, throws in CI and otherwise warns that `suite` is skipped. */
export async function redisForSuite(url: string, suite: string): Promise<boolean> {
  if (await redisReachable(url)) return true;
  if (process.env.CI) throw new Error(`Redis is required in CI but is unreachable at ${url}`);
  console.warn(`SKIPPING ${suite} tests: Redis unreachable at ${url} (set CI=1 to make this fail)`);
  return false;
}
