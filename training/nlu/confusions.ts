/**
 * The out-of-fold mistakes of a cross-validation, as a Markdown table for whoever writes the
 * corpus: which utterances the model keeps putting in another intent, and how sure it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OutOfFoldPrediction } from '../../src/nlu/cross-validation';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Intent pairs confused most often (both directions counted together), most frequent first. */
export function confusedPairs(predictions: readonly OutOfFoldPrediction[]): [string, number][] {
  const pairs = new Map<string, number>();
  for (const p of predictions) {
    if (p.top === p.gold) continue;
    const key = [p.gold, p.top].sort().join(' ↔ ');
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function writeConfusions(
  file: string,
  byLang: Record<string, { predictions: OutOfFoldPrediction[]; folds: number }>,
): void {
  const parts = [
    '# Corpus confusions',
    '',
    'Out-of-fold mistakes of `npx tsx training/nlu-cv.ts` (no threshold): each utterance was',
    'classified by a model that never saw it. Frequent pairs usually mean two intents share their',
    'wording in the corpus; a confident mistake (high score) often means the utterance itself reads',
    'as the other intent, or is labelled inconsistently with similar examples.',
  ];
  for (const [lang, { predictions, folds }] of Object.entries(byLang)) {
    const mistakes = predictions.filter((p) => p.top !== p.gold).sort((a, b) => b.score - a.score);
    parts.push('', `## ${lang}: ${mistakes.length} of ${predictions.length} wrong (${folds}-fold)`, '');
    parts.push('| intents confused | count |', '|---|---|');
    for (const [pair, n] of confusedPairs(predictions).slice(0, 20)) parts.push(`| ${cell(pair)} | ${n} |`);
    parts.push('', '| text | labelled | predicted | score |', '|---|---|---|---|');
    for (const p of mistakes) parts.push(`| ${cell(p.text)} | ${p.gold} | ${p.top} | ${p.score.toFixed(2)} |`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${parts.join('\n')}\n`);
}
