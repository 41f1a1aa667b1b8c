import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utteranceKey } from '../../training/nlu/apply-labels';
import { parseCsv } from '../../training/nlu/csv';

const INTENTS_DIR = join(__dirname, '..', '..', 'intents');
const LANGS = ['en', 'zh'] as const;
type Lang = (typeof LANGS)[number];

const INTENTS = [
  'order.track',
  'order.cancel',
  'order.change',
  'order.place',
  'order.cancellation_fee',
  'shipping.change_address',
  'shipping.setup_address',
  'delivery.options',
  'delivery.time',
  'return.request',
  'refund.policy',
  'refund.request',
  'refund.track',
  'payment.methods',
  'payment.issue',
  'invoice.get',
  'account.create',
  'account.delete',
  'account.edit',
  'account.recover_password',
  'account.registration_problem',
  'account.switch',
  'contact.customer_service',
  'agent.request',
  'feedback.complaint',
  'feedback.review',
  'newsletter.subscription',
  'marketing.optout',
  'product.search',
  'product.info',
  'product.recommend',
  'greeting',
  'goodbye',
  'thanks',
  'help',
  'bot.identity',
  'None',
] as const;

const MIN_PER_INTENT = 50;
const MIN_NONE = 200;
const HAN = /\p{Script=Han}/u;

interface CorpusFile {
  lang: string;
  intents: Record<string, string[]>;
}

interface LoadedFile {
  name: string;
  data: CorpusFile;
}

interface HoldoutRow {
  line: number;
  text: string;
  intent: string;
  lang: string;
}

/** Case-, width-, punctuation- and whitespace-insensitive key for duplicate checks: the same one
 *  `nlu:review --apply` uses, so the tool never adds what this test would reject. */
const normalise = utteranceKey;

function isCorpusFile(value: unknown): value is CorpusFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.lang !== 'string') return false;
  if (typeof v.intents !== 'object' || v.intents === null || Array.isArray(v.intents)) return false;
  return Object.values(v.intents as Record<string, unknown>).every(
    (list) => Array.isArray(list) && list.every((u) => typeof u === 'string'),
  );
}

function loadLang(lang: Lang): LoadedFile[] {
  const dir = join(INTENTS_DIR, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      if (!isCorpusFile(parsed)) throw new Error(`${lang}/${name}: not a { lang, intents } corpus file`);
      return { name, data: parsed };
    });
}

/** Merges all files of one language into intent -> utterances. */
function merge(files: LoadedFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) {
    for (const [intent, utts] of Object.entries(f.data.intents)) {
      out.set(intent, [...(out.get(intent) ?? []), ...utts]);
    }
  }
  return out;
}

/** An evaluation CSV: `holdout/` (only ever measured) or `dev/` (measured to choose settings). */
function loadEvaluationSet(
  name: Lang | 'mixed',
  folder: 'holdout' | 'dev' = 'holdout',
): { header: string[]; rows: HoldoutRow[] } {
  const records = parseCsv(readFileSync(join(INTENTS_DIR, folder, `${name}.csv`), 'utf8'));
  const [header, ...body] = records;
  const rows = body
    .map((r, idx) => ({ r, line: idx + 2 }))
    .filter(({ r }) => !(r.length === 1 && r[0] === ''))
    .map(({ r, line }) => {
      if (r.length !== 3) throw new Error(`${name}.csv line ${line}: expected 3 fields, got ${r.length}`);
      return { line, text: r[0] ?? '', intent: r[1] ?? '', lang: r[2] ?? '' };
    });
  return { header: header ?? [], rows };
}

const known = new Set<string>(INTENTS);

describe.each(LANGS)('intent corpus (%s)', (lang) => {
  const files = loadLang(lang);
  const corpus = merge(files);

  it('has several domain files, each with the right lang and only known intents', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      expect({ file: f.name, lang: f.data.lang }).toEqual({ file: f.name, lang });
      for (const intent of Object.keys(f.data.intents)) {
        expect({ file: f.name, intent, known: known.has(intent) }).toEqual({ file: f.name, intent, known: true });
      }
    }
  });

  it('defines every intent in exactly one file', () => {
    const owner = new Map<string, string>();
    for (const f of files) {
      for (const intent of Object.keys(f.data.intents)) {
        expect({ intent, alsoIn: owner.get(intent) }).toEqual({ intent, alsoIn: undefined });
        owner.set(intent, f.name);
      }
    }
  });

  it.each(INTENTS)(`has enough utterances for %s`, (intent) => {
    const utts = corpus.get(intent) ?? [];
    expect(utts.length).toBeGreaterThanOrEqual(intent === 'None' ? MIN_NONE : MIN_PER_INTENT);
    for (const u of utts) {
      expect(u.trim()).toBe(u);
      expect(normalise(u).length).toBeGreaterThan(0);
    }
  });

  it('has no duplicate utterances (case/punctuation-insensitive), within or across intents', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [intent, utts] of corpus) {
      for (const u of utts) {
        const key = normalise(u);
        const prev = seen.get(key);
        if (prev !== undefined) clashes.push(`"${u}" (${intent}) duplicates an utterance in ${prev}`);
        else seen.set(key, intent);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses the expected script', () => {
    const all = [...corpus.values()].flat();
    const withHan = all.filter((u) => HAN.test(u)).length;
    if (lang === 'zh') {
      expect(withHan / all.length).toBeGreaterThan(0.95);
    } else {
      expect(withHan).toBe(0);
    }
  });

  describe('held-out set', () => {
    const { header, rows } = loadEvaluationSet(lang);

    it('has the header text,intent,lang', () => {
      expect(header).toEqual(['text', 'intent', 'lang']);
    });

    it('has only known intents, the right lang and non-empty text', () => {
      const bad = rows.filter((r) => !known.has(r.intent) || r.lang !== lang || r.text.trim() === '');
      expect(bad).toEqual([]);
    });

    it('covers every intent', () => {
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r.intent, (counts.get(r.intent) ?? 0) + 1);
      for (const intent of INTENTS) {
        expect({ intent, enough: (counts.get(intent) ?? 0) >= 10 }).toEqual({ intent, enough: true });
      }
    });

    it('shares no utterance with the training files or with itself', () => {
      const training = new Set([...corpus.values()].flat().map(normalise));
      const seen = new Set<string>();
      const leaks: string[] = [];
      for (const r of rows) {
        const key = normalise(r.text);
        if (training.has(key)) leaks.push(`line ${r.line}: "${r.text}" is in training`);
        if (seen.has(key)) leaks.push(`line ${r.line}: "${r.text}" repeated in held-out`);
        seen.add(key);
      }
      expect(leaks).toEqual([]);
    });
  });
});

describe('intent corpus (both languages)', () => {
  it.each(['holdout', 'dev'] as const)(
    'keeps a %s set of messages that mix Chinese and English, never trained on',
    (folder) => {
      const { header, rows } = loadEvaluationSet('mixed', folder);
      expect(header).toEqual(['text', 'intent', 'lang']);
      expect(rows.length).toBeGreaterThanOrEqual(60);
      const training = new Set(LANGS.flatMap((l) => [...merge(loadLang(l)).values()].flat().map(normalise)));
      const problems = rows.flatMap((r) => [
        ...(known.has(r.intent) ? [] : [`line ${r.line}: unknown intent ${r.intent}`]),
        ...(HAN.test(r.text) && /[A-Za-z]{2,}/.test(r.text)
          ? []
          : [`line ${r.line}: "${r.text}" does not mix scripts`]),
        ...(training.has(normalise(r.text)) ? [`line ${r.line}: "${r.text}" is in training`] : []),
      ]);
      expect(problems).toEqual([]);
    },
  );

  it('keeps the mixed development set apart from the held-out one', () => {
    const heldOut = new Set(loadEvaluationSet('mixed').rows.map((r) => normalise(r.text)));
    const shared = loadEvaluationSet('mixed', 'dev').rows.filter((r) => heldOut.has(normalise(r.text)));
    expect(shared).toEqual([]);
  });

  it('defines the same intent set in en and zh', () => {
    const en = [...merge(loadLang('en')).keys()].sort();
    const zh = [...merge(loadLang('zh')).keys()].sort();
    expect(en).toEqual([...INTENTS].sort());
    expect(zh).toEqual(en);
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });
});
