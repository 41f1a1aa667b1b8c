/**
 * Splits text into chunks of at most `limit` UTF-16 code units (the unit Telegram and most chat APIs
 * count in), preferring to break at a newline, then at a space, and never inside a surrogate pair.
 * Break characters at a split are dropped so no chunk starts or ends with stray whitespace.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    // A break must leave a non-empty chunk; search only the part that fits.
    let cut = window.lastIndexOf('\n', limit);
    if (cut <= 0) cut = lastWhitespace(window, limit);
    let skip = 1;
    if (cut <= 0) {
      cut = limit;
      skip = 0;
      // Do not cut a surrogate pair (emoji, rare CJK) in half.
      if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    }
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(cut + skip).replace(/^\n+/, '');
  }
  if (rest.trim() || chunks.length === 0) chunks.push(rest);
  return chunks;
}

function lastWhitespace(s: string, from: number): number {
  for (let i = Math.min(from, s.length - 1); i > 0; i--) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\u3000') return i;
  }
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Shortens text to `limit` code units, marking the cut with an ellipsis. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
