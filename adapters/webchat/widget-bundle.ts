import { createHash } from 'node:crypto';
import type * as Esbuild from 'esbuild';
import { adapterPath } from './asset-paths';

export interface WidgetBundle {
  code: string;
  etag: string;
  bytes: number;
}

/**
 * Bundles the widget (TypeScript under ./widget) into one minified IIFE, in memory, once per process.
 * esbuild takes ~50 ms for it, so there is no separate build step and no stale artifact to ship.
 * From dist/ the tsc-compiled main.js is bundled instead of the source.
 */
export async function buildWidgetBundle(): Promise<WidgetBundle> {
  const entry = adapterPath('widget', 'main.ts') ?? adapterPath('widget', 'main.js');
  if (!entry) throw new Error('webchat widget source not found');
  // Loaded lazily so that a missing esbuild disables only /widget.js, never the whole server.
  const esbuild = require('esbuild') as typeof Esbuild;
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome87', 'firefox85', 'safari15'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the widget');
  const code = file.text;
  const etag = `"${createHash('sha256').update(code).digest('base64url').slice(0, 27)}"`;
  return { code, etag, bytes: Buffer.byteLength(code) };
}
