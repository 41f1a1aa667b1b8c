/**
 * The models the evaluation CLI compares, built from the same classes the bot serves with. The content
 * model and the content part of the hybrid appear only when the data set has item text.
 */

import { fitContent } from '../../src/recommend/models/content';
import { DEFAULT_EASE_LAMBDA, fitEase } from '../../src/recommend/models/ease';
import { type BlendPart, HybridModel } from '../../src/recommend/models/hybrid';
import { DEFAULT_KNN, fitItemKnn } from '../../src/recommend/models/item-knn';
import { fitPopularity } from '../../src/recommend/models/popularity';
import type { ModelSpec, TrainSet } from './evaluate';

export const MODEL_NAMES = ['popularity', 'item-knn', 'content', 'ease', 'hybrid'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface ModelSettings {
  lambda: number;
  easeMaxItems?: number;
  neighbours: number;
  shrink: number;
  /** Hybrid weights of the neighbourhood and content parts, next to EASE's 1. */
  knnWeight: number;
  contentWeight: number;
}

export const DEFAULT_SETTINGS: ModelSettings = {
  lambda: DEFAULT_EASE_LAMBDA,
  neighbours: DEFAULT_KNN.neighbours,
  shrink: DEFAULT_KNN.shrink,
  knnWeight: 0.1,
  contentWeight: 0.05,
};

function contentDocs(train: TrainSet) {
  return train.matrix.itemIds.map((id) => ({ fields: [{ text: train.itemText?.get(id) ?? '', weight: 1 }] }));
}

export function modelSpecs(names: readonly ModelName[], s: ModelSettings, hasText: boolean): ModelSpec[] {
  const ease = (t: TrainSet) =>
    fitEase(t.matrix, { lambda: s.lambda, ...(s.easeMaxItems && { maxItems: s.easeMaxItems }) });
  const knn = (t: TrainSet) => fitItemKnn(t.matrix, { neighbours: s.neighbours, shrink: s.shrink });
  const specs: Record<ModelName, ModelSpec | undefined> = {
    popularity: { name: 'popularity', describe: 'most users per item (baseline)', fit: (t) => fitPopularity(t.matrix) },
    'item-knn': {
      name: 'item-knn',
      describe: `item-item cosine, ${s.neighbours} neighbours, shrink ${s.shrink}`,
      fit: knn,
    },
    content: hasText
      ? {
          name: 'content',
          describe: 'TF-IDF cosine over item text, 50 neighbours',
          fit: (t) => fitContent(contentDocs(t)),
        }
      : undefined,
    ease: {
      name: 'ease',
      describe: `EASE, λ = ${s.lambda}${s.easeMaxItems ? `, top ${s.easeMaxItems} items` : ''}`,
      fit: ease,
    },
    hybrid: {
      name: 'hybrid',
      describe: `EASE 1 + item-knn ${s.knnWeight}${hasText ? ` + content ${s.contentWeight}` : ''} (each scaled to its best item)`,
      fit: (t) => {
        const parts: BlendPart[] = [
          { model: ease(t), weight: 1 },
          { model: knn(t), weight: s.knnWeight },
        ];
        if (hasText && s.contentWeight > 0) parts.push({ model: fitContent(contentDocs(t)), weight: s.contentWeight });
        return new HybridModel(parts);
      },
    },
  };
  return names.map((n) => specs[n]).filter((m): m is ModelSpec => m !== undefined);
}
