/** Bare node-nlp (NlpManager defaults, no builtin entity recognisers) wrapped as an `Nlu`, for comparison. */
import { NlpManager } from 'node-nlp';
import type { Nlu, NluResult } from '../../src/nlu/types';
import { nodeNlpResult } from '../bench/bare-node-nlp';
import type { Example } from './datasets';

export async function trainBaseline(train: readonly Example[]): Promise<Nlu> {
  const manager = new NlpManager({ languages: ['en'], autoSave: false, nlu: { log: false }, ner: { builtins: [] } });
  for (const example of train) manager.addDocument('en', example.text, example.intent);
  await manager.train();
  return {
    async classify(text: string): Promise<NluResult> {
      return nodeNlpResult('en', text, await manager.process('en', text));
    },
  };
}
