/**
 * `--features wordNgrams=1,charMax=3,glosses=false,meaning=1.5`: feature settings that differ from the shipped
 * ones, so a change to them can be measured from the command line before it is made the default.
 */
import type { FeatureSettings } from '../../src/nlu/text-features';
import { usageError } from '../cli/args';

const NUMERIC = ['wordNgrams', 'charMin', 'charMax', 'pairWindow'] as const;
const WEIGHTS = ['meaning', 'pairs'] as const;
const BOOLEANS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

export function withFeatureOverrides(base: FeatureSettings, spec: string): FeatureSettings {
  const settings = { ...base };
  for (const pair of spec.split(',').filter((p) => p.trim() !== '')) {
    const [key = '', raw = ''] = pair.split('=').map((s) => s.trim());
    if (key === 'glosses' || key === 'spelling') {
      const value = BOOLEANS[raw];
      if (value === undefined) throw new Error(`--features ${key} must be true or false, not "${raw}"`);
      settings[key] = value;
    } else if ((WEIGHTS as readonly string[]).includes(key)) {
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value) || value < 0) {
        throw new Error(`--features ${key} must be a number ≥ 0, not "${raw}"`);
      }
      settings[key as (typeof WEIGHTS)[number]] = value;
    } else if ((NUMERIC as readonly string[]).includes(key)) {
      const value = Number(raw);
      if (raw === '' || !Number.isInteger(value) || value < 0) {
        throw new Error(`--features ${key} must be an integer ≥ 0, not "${raw}"`);
      }
      settings[key as (typeof NUMERIC)[number]] = value;
    } else {
      throw new Error(
        `--features: unknown setting "${key}" (known: ${[...NUMERIC, 'glosses', 'spelling', ...WEIGHTS].join(', ')})`,
      );
    }
  }
  if (settings.wordNgrams < 1) throw new Error('--features wordNgrams must be at least 1');
  if (settings.charMin > settings.charMax) throw new Error('--features charMin must not exceed charMax');
  if (settings.pairs > 0 && settings.pairWindow < 2) {
    throw new Error('--features pairWindow must be at least 2 (adjacent words are the bigrams already)');
  }
  return settings;
}

/** `withFeatureOverrides` for a command line: a bad spec prints the message and the usage, and exits 2. */
export function featureOverridesOrExit(base: FeatureSettings, spec: string, help: string): FeatureSettings {
  try {
    return withFeatureOverrides(base, spec);
  } catch (error) {
    return usageError((error as Error).message, help);
  }
}
