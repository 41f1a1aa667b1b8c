import pino from 'pino';
import { runEvery } from '../../../src/core/schedule';

describe('runEvery', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('never runs a task twice at once, and logs failures instead of throwing', async () => {
    const errors: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line).msg) });
    let started = 0;
    let release!: () => void;
    const stop = runEvery(
      1000,
      () => {
        started++;
        if (started === 1) return new Promise<void>((resolve) => (release = resolve));
        return Promise.reject(new Error('store down'));
      },
      log,
      'test job',
    );
    jest.advanceTimersByTime(1000);
    jest.advanceTimersByTime(3000); // the first run is still going: nothing stacks up
    expect(started).toBe(1);
    release();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(1000);
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toBe(2);
    expect(errors).toEqual(['test job failed']);
    stop();
    jest.advanceTimersByTime(5000);
    expect(started).toBe(2);
  });
});
