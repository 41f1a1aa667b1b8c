/**
 * The transcript format: a readable conversation with expectations.
 *
 *   # title: track an order after verifying (en)
 *   # start: 2026-01-15T10:00:00Z        (optional clock start)
 *   user: where is my order 10234?      a shopper message (text, NLU runs)
 *   intent: order.track                 the NLU intent of that message
 *   bot: ~ email                        some reply of the turn contains "email" (case-insensitive)
 *   bot: /shipped|on its way/           some reply matches the regex
 *   bot: Exact text                     some reply is exactly this
 *   bot: !~ 10234                       no reply of the turn contains this
 *   bot: [quick] Track another order    a quick reply with this label (same ~ and /re/ forms)
 *   bot: [card] ~ linen                 a card whose title matches
 *   bot: [card] !~ Silk Slip Dress      no card of the turn has a title containing this
 *   bot: [card-note] ~ In navy          a card whose subtitle matches (same ~, /re/ and !~ forms)
 *   bot: (nothing)                      the turn produced no reply
 *   button: Details @2                  press a quick reply / card button of the previous turn
 *                                       (@n: the n-th card), sending its payload
 *   payload: product:linen-wrap-dress   send a raw payload
 *   handoff: complaint                  the turn asked for a person with this reason
 *   wait: 90m                           move the clock (m, h or d)
 *
 * Text expectations match replies in order; quick replies and cards may sit on any reply of the turn.
 */

export type Matcher = { kind: 'exact' | 'contains' | 'regex'; value: string; re?: RegExp };

export type Expectation =
  | { type: 'text'; matcher: Matcher; negate: boolean; line: number }
  | { type: 'quick'; matcher: Matcher; line: number }
  | { type: 'card'; matcher: Matcher; negate: boolean; line: number; part: 'title' | 'subtitle' }
  | { type: 'nothing'; line: number }
  | { type: 'intent'; intent: string; line: number }
  | { type: 'handoff'; reason: string; line: number };

export type Input =
  | { type: 'text'; text: string }
  | { type: 'button'; label: Matcher; card?: number }
  | { type: 'payload'; payload: string };

export type Step = { kind: 'turn'; input: Input; expect: Expectation[]; line: number } | { kind: 'wait'; ms: number };

export interface Transcript {
  file: string;
  title: string;
  start?: string;
  steps: Step[];
}

export function parseMatcher(raw: string): Matcher {
  const text = raw.trim();
  const regex = text.match(/^\/(.+)\/([imsu]*)$/);
  if (regex?.[1] !== undefined) return { kind: 'regex', value: text, re: new RegExp(regex[1], regex[2] || 'i') };
  if (text.startsWith('~')) return { kind: 'contains', value: text.slice(1).trim() };
  return { kind: 'exact', value: text };
}

export function matches(matcher: Matcher, text: string): boolean {
  if (matcher.kind === 'regex') return matcher.re?.test(text) ?? false;
  if (matcher.kind === 'contains') return text.toLowerCase().includes(matcher.value.toLowerCase());
  return text.trim() === matcher.value;
}

const WAIT_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseTranscript(file: string, source: string): Transcript {
  const transcript: Transcript = { file, title: file, steps: [] };
  let current: Extract<Step, { kind: 'turn' }> | undefined;
  for (const [index, raw] of source.split(/\r?\n/).entries()) {
    parseLine(raw, index);
  }
  return transcript;

  function parseLine(raw: string, index: number): undefined {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    const header = text.match(/^#\s*(title|start):\s*(.+)$/);
    if (header?.[1] === 'title') transcript.title = header[2]?.trim() ?? file;
    if (header?.[1] === 'start') transcript.start = header[2]?.trim();
    if (text.startsWith('#')) return;
    const colon = text.indexOf(':');
    if (colon < 0) throw new Error(`${file}:${line}: expected "key: value"`);
    const key = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim();
    const turn = (input: Input): undefined => {
      current = { kind: 'turn', input, expect: [], line };
      transcript.steps.push(current);
    };
    const expect = (e: Expectation): undefined => {
      if (!current) throw new Error(`${file}:${line}: expectation before any user turn`);
      current.expect.push(e);
    };
    switch (key) {
      case 'user':
        return turn({ type: 'text', text: value });
      case 'payload':
        return turn({ type: 'payload', payload: value });
      case 'button': {
        const at = value.match(/^(.*?)\s+@(\d+)$/);
        const label = parseMatcher(at?.[1] ?? value);
        return turn(at?.[2] ? { type: 'button', label, card: Number(at[2]) } : { type: 'button', label });
      }
      case 'intent':
        return expect({ type: 'intent', intent: value, line });
      case 'handoff':
        return expect({ type: 'handoff', reason: value, line });
      case 'wait': {
        const m = value.match(/^(\d+)\s*([mhd])$/);
        if (!m?.[1] || !m[2]) throw new Error(`${file}:${line}: wait needs a number and m, h or d`);
        current = undefined;
        transcript.steps.push({ kind: 'wait', ms: Number(m[1]) * (WAIT_UNITS[m[2]] ?? 0) });
        return;
      }
      case 'bot': {
        if (value === '(nothing)') return expect({ type: 'nothing', line });
        if (value.startsWith('[quick]')) return expect({ type: 'quick', matcher: parseMatcher(value.slice(7)), line });
        const card = /^\[card(-note)?\]/.exec(value);
        if (card) {
          const rest = value.slice(card[0].length).trim();
          const negate = rest.startsWith('!~');
          const matcher = parseMatcher(negate ? `~${rest.slice(2)}` : rest);
          return expect({ type: 'card', matcher, negate, line, part: card[1] ? 'subtitle' : 'title' });
        }
        if (value.startsWith('!'))
          return expect({ type: 'text', matcher: parseMatcher(value.slice(1)), negate: true, line });
        return expect({ type: 'text', matcher: parseMatcher(value), negate: false, line });
      }
      default:
        throw new Error(`${file}:${line}: unknown line type "${key}"`);
    }
  }
}
