/** Stock node-nlp (NlpManager, both languages, no builtin entity recognisers) as an `Nlu`: the baseline. */
import { NlpManager } from 'node-nlp';
import type { Lang } from '../../src/core/message';
import { detectLanguage } from '../../src/nlu';
import type { Corpus } from '../../src/nlu/corpus';
import type { Nlu, NluResult } from '../../src/nlu/types';

export async function trainBareNodeNlp(corpus: Corpus): Promise<Nlu> {
  const manager = new NlpManager({
    languages: ['en', 'zh'],
    autoSave: false,
    nlu: { log: false },
    ner: { builtins: [] },
  });
  for (const lang of ['en', 'zh'] as const) {
    for (const example of corpus[lang] ?? []) manager.addDocument(lang, example.text, example.intent);
  }
  // node-nlp announces its Chinese dictionary build with console.log, which would corrupt --json output.
  const log = console.log;
  console.log = () => {};
  try {
    await manager.train();
    await manager.process('zh', '你好');
  } finally {
    console.log = log;
  }
  return {
    async classify(text: string): Promise<NluResult> {
      const lang = detectLanguage(text).lang;
      return nodeNlpResult(lang, text, await manager.process(lang, text));
    },
  };
}

/** node-nlp's answer in our shape: intent and score only (no entities, no sentiment). */
export function nodeNlpResult(lang: Lang, text: string, result: { intent?: string; score?: number }): NluResult {
  return {
    lang,
    text,
    intent: result.intent ?? 'None',
    score: result.score ?? 0,
    alternatives: [],
    entities: [],
    sentiment: 0,
    frustrated: false,
  };
}
