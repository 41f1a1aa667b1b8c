import type { Lang } from './message';

/** Maps a channel's locale hint ("zh-CN", "zh-Hans", "en-GB") to a language we speak. */
export function languageFromHint(hint: string | undefined): Lang | undefined {
  if (!hint) return undefined;
  const lower = hint.toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}
