import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds a file of this adapter whether we run from source (tsx, jest) or from `dist/` after
 * `npm run build`: tsc compiles the .ts files into dist but does not copy static assets, so those are
 * looked up beside this module first and then in the source tree.
 */
export function adapterPath(...segments: string[]): string | undefined {
  const candidates = [
    path.join(__dirname, ...segments),
    path.join(__dirname, '..', '..', '..', 'adapters', 'webchat', ...segments),
  ];
  return candidates.find((candidate) => existsSync(candidate));
}
