import type { Middleware } from '../../../src/core/context';
import { KeyedMutex } from '../../../src/core/keyed-mutex';
import { compose } from '../../../src/core/pipeline';

describe('compose', () => {
  it('runs stages in order around next()', async () => {
    const trail: string[] = [];
    const stage =
      (name: string): Middleware<string[]> =>
      async (ctx, next) => {
        ctx.push(`${name}>`);
        await next();
        ctx.push(`<${name}`);
      };
    await compose([stage('a'), stage('b')])(trail, async () => {
      trail.push('end');
    });
    expect(trail).toEqual(['a>', 'b>', 'end', '<b', '<a']);
  });

  it('stops when a stage does not call next()', async () => {
    const trail: string[] = [];
    await compose<string[]>([async (ctx) => void ctx.push('gate'), async (ctx) => void ctx.push('never')])(
      trail,
      async () => undefined,
    );
    expect(trail).toEqual(['gate']);
  });

  it('rejects a second call to next()', async () => {
    const twice: Middleware<unknown> = async (_ctx, next) => {
      await next();
      await next();
    };
    await expect(compose([twice])(null, async () => undefined)).rejects.toThrow(/next\(\) called twice/);
  });
});

describe('KeyedMutex', () => {
  it('serialises tasks of one key and lets other keys run', async () => {
    const mutex = new KeyedMutex();
    const trail: string[] = [];
    let releaseFirst!: () => void;
    const gate = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const first = mutex.run('a', async () => {
      trail.push('a1 start');
      await gate;
      trail.push('a1 end');
    });
    const second = mutex.run('a', async () => {
      trail.push('a2');
    });
    const other = mutex.run('b', async () => {
      trail.push('b');
    });
    await other;
    expect(trail).toEqual(['a1 start', 'b']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(trail).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
    expect(mutex.size).toBe(0);
  });

  it('keeps going after a failing task', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run('k', async () => 42)).resolves.toBe(42);
  });
});
