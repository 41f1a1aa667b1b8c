/**
 * Turns a shopper's free text into search terms: known colour and category phrases (either language)
 * become typed terms, a size or price limit written in the text becomes a filter, and what remains is
 * split into English word stems and Chinese runs.
 */
import { isGenericCategoryForm } from './lexicon';
import { cjkRuns, escapeRegExp, hasCjk, isStopword, latinWords, normalise, stripZhFillers } from './text';

export type QueryTerm =
  | { kind: 'colour'; key: string }
  /** `specific` when the shopper named a kind ("boots") rather than the whole category ("shoes"). */
  | { kind: 'category'; key: string; forms: string[]; specific: boolean }
  | { kind: 'word'; value: string }
  | { kind: 'cjk'; value: string };

export interface ParsedQuery {
  terms: QueryTerm[];
  size?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
}

export interface QueryLexicon {
  categories: Record<string, string[]>;
  colours: Record<string, string[]>;
}

const PRICE_MAX = [
  /(?:under|below|less than|cheaper than|up to|no more than)\s*[£$€¥]?\s*(\d+(?:\.\d{1,2})?)/,
  /(?:低于|不超过|少于|不到)\s*[£$€¥]?\s*(\d+(?:\.\d{1,2})?)\s*(?:英镑|镑|元|块)?/,
  /[£$€¥]?\s*(\d+(?:\.\d{1,2})?)\s*(?:英镑|镑|元|块)?\s*(?:以下|以内|之内)/,
];
const PRICE_MIN = [
  /(?:over|above|more than)\s*[£$€¥]?\s*(\d+(?:\.\d{1,2})?)/,
  /(?:高于|超过|多于)\s*[£$€¥]?\s*(\d+(?:\.\d{1,2})?)\s*(?:英镑|镑|元|块)?/,
];
const SIZE_PATTERNS = [/\bsize\s+([a-z0-9]{1,4})\b/, /(\d{2})\s*码/, /尺码\s*([a-z0-9]{1,3})/, /([a-z]{1,3})\s*码/];

function takeFirst(text: string, patterns: RegExp[]): { value: string; rest: string } | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) {
      return { value: match[1], rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}` };
    }
  }
  return undefined;
}

/** Removes every occurrence of `form` from `text`; Latin forms only as whole words. */
function removePhrase(text: string, form: string): { found: boolean; rest: string } {
  if (hasCjk(form)) {
    return text.includes(form) ? { found: true, rest: text.split(form).join(' ') } : { found: false, rest: text };
  }
  const pattern = new RegExp(`(^|[^a-z0-9])${escapeRegExp(form)}(?=$|[^a-z0-9])`, 'g');
  const rest = text.replace(pattern, '$1 ');
  return { found: rest !== text, rest };
}

export function parseQuery(raw: string, lexicon: QueryLexicon): ParsedQuery {
  let text = normalise(raw);
  const parsed: ParsedQuery = { terms: [] };

  const max = takeFirst(text, PRICE_MAX);
  if (max) {
    parsed.maxPriceCents = Math.round(Number(max.value) * 100);
    text = max.rest;
  }
  const min = takeFirst(text, PRICE_MIN);
  if (min) {
    parsed.minPriceCents = Math.round(Number(min.value) * 100);
    text = min.rest;
  }
  const size = takeFirst(text, SIZE_PATTERNS);
  if (size) {
    parsed.size = size.value.toUpperCase();
    text = size.rest;
  }

  // Longest phrases first, so "navy blue" wins over "blue" and "运动鞋" over "鞋".
  const phrases: { form: string; term: QueryTerm }[] = [];
  for (const [key, forms] of Object.entries(lexicon.colours)) {
    for (const form of forms) phrases.push({ form: normalise(form), term: { kind: 'colour', key } });
  }
  for (const [key, forms] of Object.entries(lexicon.categories)) {
    for (const form of forms)
      phrases.push({ form: normalise(form), term: { kind: 'category', key, forms: [], specific: true } });
  }
  phrases.sort((a, b) => b.form.length - a.form.length);

  const seen = new Map<string, QueryTerm>();
  for (const { form, term } of phrases) {
    const { found, rest } = removePhrase(text, form);
    if (!found) continue;
    text = rest;
    const id = `${term.kind}:${term.kind === 'colour' || term.kind === 'category' ? term.key : ''}`;
    const existing = seen.get(id);
    if (existing?.kind === 'category') {
      existing.forms.push(form);
      existing.specific &&= !isGenericCategoryForm(existing.key, form);
    } else if (!existing) {
      const fresh: QueryTerm =
        term.kind === 'category' ? { ...term, forms: [form], specific: !isGenericCategoryForm(term.key, form) } : term;
      seen.set(id, fresh);
      parsed.terms.push(fresh);
    }
  }

  for (const word of latinWords(text.replace(/[\u3400-\u9fff]+/g, ' '))) {
    if (!isStopword(word) && !/^\d+$/.test(word)) parsed.terms.push({ kind: 'word', value: word });
  }
  for (const run of cjkRuns(stripZhFillers(text))) {
    if (run.length >= 2) parsed.terms.push({ kind: 'cjk', value: run });
  }
  return parsed;
}
