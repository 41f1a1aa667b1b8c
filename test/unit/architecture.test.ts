/**
 * The dependency rule of docs/architecture.md, checked on the source: adapters → core → dialogue/skills
 * → commerce/recommend/predict → store. A violating import fails here with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every relative import of every file under `folder`, as project paths ("src/core/bot"). */
function imports(folder: string): { file: string; line: number; target: string }[] {
  return sources(join(ROOT, folder)).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const match = /from '(\.[^']+)'/.exec(text) ?? /import\('(\.[^']+)'\)/.exec(text);
        if (!match?.[1]) return [];
        const target = relative(ROOT, join(file, '..', match[1]));
        return [{ file: relative(ROOT, file), line: index + 1, target }];
      }),
  );
}

function violations(folder: string, forbidden: string[], allowedFiles: string[] = []): string[] {
  return imports(folder)
    .filter((i) => !allowedFiles.includes(i.file))
    .filter((i) => forbidden.some((f) => i.target === f || i.target.startsWith(`${f}/`)))
    .map((i) => `${i.file}:${i.line} imports ${i.target}`);
}

const COMPOSITION_ROOT = ['src/server.ts', 'src/server-channels.ts', 'src/main.ts'];

describe('dependency direction', () => {
  it('nothing under src/ imports an adapter, except the composition root', () => {
    // The scan itself must see the code: a broken pattern would pass every rule below vacuously.
    expect(imports('src').length).toBeGreaterThan(300);
    expect(violations('src', ['adapters'])).not.toEqual([]);
    expect(violations('src', ['adapters'], COMPOSITION_ROOT)).toEqual([]);
  });

  it('the store depends on nothing above it', () => {
    expect(
      violations('src/store', [
        'src/commerce',
        'src/dialogue',
        'src/skills',
        'src/handoff',
        'src/nlu',
        'src/recommend',
        'src/predict',
      ]),
    ).toEqual([]);
  });

  it('the domain (commerce, recommend, predict) does not reach up into dialogue, skills or handoff', () => {
    for (const folder of ['src/commerce', 'src/recommend', 'src/predict']) {
      expect(violations(folder, ['src/dialogue', 'src/skills', 'src/handoff'])).toEqual([]);
    }
  });

  it('the core pipeline does not depend on any concrete skill or channel', () => {
    expect(
      violations('src/core', ['src/dialogue', 'src/skills', 'src/commerce', 'src/recommend', 'src/predict']),
    ).toEqual([]);
  });
});
