/** Key/value expiry and counters, and model versions. */

import * as f from '../fixtures';
import type { ContractContext } from '../harness';

export function expiryCases(ctx: ContractContext): void {
  it('counts up within a window and restarts after it expires', async () => {
    const s = ctx.store();
    expect(await s.kv.increment('msgs:visitor_1', 1, f.at(1), f.T0)).toBe(1);
    expect(await s.kv.increment('msgs:visitor_1', 2, f.at(5), f.T0)).toBe(3);
    expect(await s.kv.get('msgs:visitor_1')).toBe('3');
    // Still inside the first window (the original expiry holds).
    expect(await s.kv.increment('msgs:visitor_1', 1, f.at(5), f.at(0.5))).toBe(4);
    // At the expiry instant the window is over: count from zero with the new expiry.
    expect(await s.kv.increment('msgs:visitor_1', 1, f.at(2), f.at(1))).toBe(1);
    expect(await s.kv.increment('msgs:visitor_1', 5, f.at(9), f.at(1.5))).toBe(6);
    ctx.clock.set(f.at(2));
    expect(await s.kv.get('msgs:visitor_1')).toBeNull();
  });

  it('sets, expires, deletes and sweeps values', async () => {
    const s = ctx.store();
    await s.kv.set('job:last-run', f.T0);
    await s.kv.set('session', 'abc', f.at(10));
    await s.kv.set('session', 'def', f.at(10));
    expect(await s.kv.get('job:last-run')).toBe(f.T0);
    expect(await s.kv.get('session')).toBe('def');
    ctx.clock.set(f.at(10));
    expect(await s.kv.get('session')).toBeNull();
    expect(await s.kv.get('job:last-run')).toBe(f.T0);
    expect(await s.kv.sweep(f.at(10))).toBe(1);
    await s.kv.set('session', 'new');
    expect(await s.kv.get('session')).toBe('new');
    await s.kv.delete('session');
    await s.kv.delete('never-existed');
    expect(await s.kv.get('session')).toBeNull();
  });

  it('numbers model versions per name and returns the latest', async () => {
    const s = ctx.store();
    expect(await s.models.put('nlu', '{"v":1}', { accuracy: 0.91 }, f.at(0))).toBe(1);
    expect(await s.models.put('nlu', '{"v":2}', { accuracy: 0.93 }, f.at(1))).toBe(2);
    expect(await s.models.put('recommender', 'bytes', {}, f.at(2))).toBe(1);
    expect(await s.models.latest('nlu')).toEqual({
      name: 'nlu',
      version: 2,
      data: '{"v":2}',
      meta: { accuracy: 0.93 },
      createdAt: f.at(1),
    });
    expect((await s.models.latest('recommender'))?.version).toBe(1);
  });

  it('gives concurrent model puts distinct versions', async () => {
    const a = ctx.store();
    const b = await ctx.openAnother();
    const versions = await Promise.all([
      a.models.put('nlu', 'a', {}, f.T0),
      b.models.put('nlu', 'b', {}, f.T0),
      a.models.put('nlu', 'c', {}, f.T0),
    ]);
    expect([...versions].sort()).toEqual([1, 2, 3]);
  });
}
