/**
 * Conversation transcripts (test/conversations/*.convo): each file is played against a real Bot — the
 * trained NLU, the demo shop in an embedded store, the dialogue engine and skills — from a fixed clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness } from './support/harness';
import { warmNlu } from './support/nlu-cache';
import { play } from './support/player';
import { removeTemplate } from './support/shop';
import { parseTranscript } from './support/transcript';

const dir = __dirname;
const only = process.env.TRANSCRIPT;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.convo'))
  .filter((f) => !only || f.includes(only))
  .sort();

// Training on a changed corpus takes a while on a busy machine; it happens once, before the first file.
beforeAll(() => warmNlu(), 600_000);
afterAll(() => removeTemplate());

describe('conversation transcripts', () => {
  it('has transcripts to play', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const transcript = parseTranscript(file, readFileSync(join(dir, file), 'utf8'));
    it(`${file}: ${transcript.title}`, async () => {
      const harness = await startHarness(file.replace(/\.convo$/, ''), transcript.start);
      try {
        await play(transcript, harness);
      } finally {
        await harness.close();
      }
    });
  }
});
