/**
 * Trains the test suites' NLU model into `.cache/` once, before jest starts its workers. On a fresh
 * checkout each worker would otherwise train the same model at the same time inside a suite's
 * setup hook, sharing two cores with the rest of the run. `npx tsx test/support/warm-nlu-model.ts`
 */
import { cachedModelFile } from './nlu-model-cache';

const started = performance.now();
cachedModelFile().then(
  (file) => console.log(`NLU model for tests: ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
