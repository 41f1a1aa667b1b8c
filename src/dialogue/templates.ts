import en from '../../intents/templates/en.json';
import zh from '../../intents/templates/zh.json';
import type { Lang } from '../core/message';

/** Every reply key; the English file is the reference and a unit test keeps Chinese in step. */
export type TemplateKey = keyof typeof en;
export type TemplateParams = Record<string, string | number>;
export type TemplateSet = Record<Lang, Record<string, readonly string[]>>;

/** FNV-1a: a tiny stable hash, so the same conversation and turn always pick the same phrasing. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Reply templates with variation. Each key has several phrasings; the choice is seeded (conversation
 * id + turn + key) rather than random, so transcripts and tests are reproducible while a returning
 * shopper still hears some variety.
 */
export class Templates {
  constructor(private readonly sets: TemplateSet = { en, zh }) {}

  has(lang: Lang, key: string): boolean {
    return (this.sets[lang][key]?.length ?? 0) > 0;
  }

  render(lang: Lang, key: TemplateKey, params: TemplateParams = {}, seed = ''): string {
    // A key missing in one language falls back to English rather than showing nothing.
    const options = this.sets[lang][key] ?? this.sets.en[key] ?? [key];
    const chosen = options[stableHash(`${seed}|${key}`) % options.length] ?? key;
    return fill(chosen, params);
  }

  /** All phrasings of a key, for tests and for matching shopper text against button labels. */
  variants(lang: Lang, key: TemplateKey): readonly string[] {
    return this.sets[lang][key] ?? [];
  }
}

/**
 * Replaces `{name}`; an unknown placeholder stays visible so a test catches it. A placeholder filled
 * with nothing leaves no gap: "{name} {variant} 有货" with no variant reads "碎花茶歇裙 有货".
 */
export function fill(text: string, params: TemplateParams): string {
  return text.replace(/( ?)\{(\w+)\}/g, (whole, space: string, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return String(value) === '' ? '' : `${space}${String(value)}`;
  });
}
