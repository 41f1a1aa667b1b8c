import { ConciergeNlu } from './src/nlu/engine';
import { readModel } from './src/nlu/model-file';

(async () => {
  const model = await readModel(process.argv[2] ?? 'data/nlu-model.json');
  const nlu = new ConciergeNlu({ model } as never);
  for (const t of process.argv.slice(3)) {
    const r = await nlu.classify(t);
    console.log(
      r.intent,
      r.score.toFixed(2),
      JSON.stringify(r.alternatives.slice(0, 3).map((a) => [a.intent, +a.score.toFixed(2)])),
      '|',
      t,
    );
  }
})();
