/** Plays a transcript against a harness and explains the first mismatch with the whole exchange. */
import type { Reply } from '../../../src/core/message';
import type { Harness } from './harness';
import { type Expectation, type Input, matches, type Transcript } from './transcript';

function render(replies: readonly Reply[]): string {
  if (replies.length === 0) return '    (no reply)';
  return replies
    .map((r) => {
      const lines = [`    bot: ${r.text}`];
      for (const c of r.cards ?? []) {
        lines.push(
          `      [card] ${c.title}${c.subtitle ? ` (${c.subtitle})` : ''} ${c.price ?? ''} {${(c.buttons ?? []).map((b) => `${b.label}→${b.payload ?? b.url}`).join(', ')}}`,
        );
      }
      for (const q of r.quickReplies ?? []) lines.push(`      [quick] ${q.label} → ${q.payload}`);
      return lines.join('\n');
    })
    .join('\n');
}

function findButton(previous: readonly Reply[], input: Extract<Input, { type: 'button' }>): string | undefined {
  const cards = previous.flatMap((r) => r.cards ?? []);
  const pool =
    input.card !== undefined
      ? (cards[input.card - 1]?.buttons ?? [])
      : [...previous.flatMap((r) => r.quickReplies ?? []), ...cards.flatMap((c) => c.buttons ?? [])];
  return pool.find((b) => matches(input.label, b.label))?.payload;
}

function check(
  e: Expectation,
  replies: readonly Reply[],
  harness: Harness,
  handoffsBefore: number,
  cursor: { at: number },
): string | undefined {
  switch (e.type) {
    case 'nothing':
      return replies.length === 0 ? undefined : 'expected no reply';
    case 'intent': {
      const got = harness.nlu.last?.intent;
      return got === e.intent
        ? undefined
        : `expected intent ${e.intent}, NLU said ${got} (${harness.nlu.last?.score.toFixed(2)})`;
    }
    case 'handoff': {
      const made = harness.handoff.requests.slice(handoffsBefore).map((r) => r.reason);
      return made.includes(e.reason as never) ? undefined : `expected handoff "${e.reason}", got [${made.join(', ')}]`;
    }
    case 'quick':
      return replies.some((r) => (r.quickReplies ?? []).some((q) => matches(e.matcher, q.label)))
        ? undefined
        : `expected quick reply ${e.matcher.value}`;
    case 'card': {
      const found = replies.some((r) => (r.cards ?? []).some((c) => matches(e.matcher, c[e.part] ?? '')));
      const what = e.part === 'title' ? 'card' : 'card note';
      if (e.negate) return found ? `expected no ${what} ${e.matcher.value}` : undefined;
      return found ? undefined : `expected ${what} ${e.matcher.value}`;
    }
    case 'text': {
      if (e.negate) {
        return replies.some((r) => matches(e.matcher, r.text))
          ? `expected no reply matching ${e.matcher.value}`
          : undefined;
      }
      const index = replies.findIndex((r, i) => i >= cursor.at && matches(e.matcher, r.text));
      if (index < 0) return `expected a reply matching ${e.matcher.value}`;
      cursor.at = index;
      return undefined;
    }
  }
}

export async function play(transcript: Transcript, harness: Harness): Promise<void> {
  const log: string[] = [];
  let previous: Reply[] = [];
  for (const step of transcript.steps) {
    if (step.kind === 'wait') {
      harness.clock.advance(step.ms);
      log.push(`  (wait ${step.ms / 60_000} min)`);
      continue;
    }
    const { input } = step;
    let sent: { text?: string; payload?: string };
    if (input.type === 'text') sent = { text: input.text };
    else if (input.type === 'payload') sent = { payload: input.payload };
    else {
      const payload = findButton(previous, input);
      if (!payload) {
        throw new Error(
          `${transcript.file}:${step.line}: no button "${input.label.value}" in the previous turn\n${log.join('\n')}\n${render(previous)}`,
        );
      }
      sent = { payload };
    }
    const handoffsBefore = harness.handoff.requests.length;
    const result = await harness.send(sent);
    const nlu = harness.nlu.last;
    log.push(`  user: ${sent.text ?? `[${sent.payload}]`}${nlu ? `   (${nlu.intent} ${nlu.score.toFixed(2)})` : ''}`);
    log.push(render(result.replies));
    const cursor = { at: 0 };
    for (const e of step.expect) {
      const problem = check(e, result.replies, harness, handoffsBefore, cursor);
      if (problem) throw new Error(`${transcript.file}:${e.line}: ${problem}\n\n${log.join('\n')}`);
    }
    previous = result.replies;
  }
}
