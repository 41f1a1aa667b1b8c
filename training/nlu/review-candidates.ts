/**
 * Turns the utterances the bot was unsure about (stored as `nlu_review` notes) into a labelling sheet:
 * one CSV row per distinct text, with the model's guess and how often it was seen, ready to be
 * corrected and added to intents/ (or evaluated with `npm run nlu:eval`).
 */
import type { Note } from '../../src/store/entities';
import { csvField } from './csv';

export interface ReviewCandidate {
  text: string;
  lang: string;
  guess: string;
  score: number;
  seen: number;
  lastSeen: string;
}

/** Groups notes by normalised text, keeping the latest guess; most frequent first. */
export function reviewCandidates(notes: readonly Note[]): ReviewCandidate[] {
  const byText = new Map<string, ReviewCandidate>();
  for (const note of notes) {
    const text = note.text.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    const key = text.toLowerCase();
    const data = note.data ?? {};
    const guess = typeof data.intent === 'string' ? data.intent : 'None';
    const alternatives = Array.isArray(data.alternatives) ? (data.alternatives as { intent?: unknown }[]) : [];
    // Below the threshold the guess is None; the classifier's best alternative is the useful hint.
    const hint = guess === 'None' && typeof alternatives[0]?.intent === 'string' ? alternatives[0].intent : guess;
    const previous = byText.get(key);
    byText.set(key, {
      text,
      lang: typeof data.lang === 'string' ? data.lang : '',
      guess: hint,
      score: typeof data.score === 'number' ? data.score : 0,
      seen: (previous?.seen ?? 0) + 1,
      lastSeen: note.at,
    });
  }
  return [...byText.values()].sort((a, b) => b.seen - a.seen || b.lastSeen.localeCompare(a.lastSeen));
}

/** `text,intent,lang,guess,score,seen`: the `intent` column is left for a person to fill in. */
export function reviewCsv(candidates: readonly ReviewCandidate[]): string {
  const rows = candidates.map((c) =>
    [c.text, '', c.lang, c.guess, c.score.toFixed(3), String(c.seen)].map(csvField).join(','),
  );
  return `${['text,intent,lang,guess,score,seen', ...rows].join('\n')}\n`;
}
