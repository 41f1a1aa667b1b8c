import type { Middleware, Next } from './context';

/**
 * Composes middleware into one. Each stage may call `next` at most once; a second call is a bug that
 * would run later stages twice, so it throws.
 */
export function compose<C>(stages: readonly Middleware<C>[]): Middleware<C> {
  return (ctx: C, last: Next) => {
    const run = (index: number): Promise<void> => {
      const stage = stages[index];
      if (!stage) return last();
      let called = false;
      return stage(ctx, () => {
        if (called) return Promise.reject(new Error(`next() called twice in pipeline stage ${index}`));
        called = true;
        return run(index + 1);
      });
    };
    return run(0);
  };
}
