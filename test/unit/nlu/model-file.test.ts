import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_VERSION } from '../../../src/nlu/model';
import { loadOrTrainNlu } from '../../../src/nlu/model-file';

const corpusDir = join(__dirname, 'fixtures', 'intents');

describe('loadOrTrainNlu', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nlu-model-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('retrains when the stored model has another format version', async () => {
    const modelFile = join(dir, 'model.json');
    writeFileSync(modelFile, JSON.stringify({ format: 'concierge-nlu', version: 1, trainedAt: '', languages: {} }));
    // Newer than the corpus, so only the version can trigger the retrain.
    const future = new Date(Date.now() + 60_000);
    utimesSync(modelFile, future, future);
    const lines: string[] = [];
    const nlu = await loadOrTrainNlu({ modelFile, corpusDir, log: (m) => lines.push(m), train: { thresholdFolds: 2 } });
    expect(lines.join('\n')).toMatch(/format version 1, retraining/);
    expect(JSON.parse(readFileSync(modelFile, 'utf8')).version).toBe(MODEL_VERSION);
    expect((await nlu.classify('where is my order')).alternatives[0]?.intent).toBe('order.track');
    const again: string[] = [];
    await loadOrTrainNlu({ modelFile, corpusDir, log: (m) => again.push(m) });
    expect(again).toEqual([`nlu: loaded model ${modelFile}`]);
  });
});
