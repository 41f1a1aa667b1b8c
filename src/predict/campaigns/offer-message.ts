/** Offer codes and the text a customer receives. */
import { Prng } from '../../commerce/seed/prng';
import type { Lang } from '../../core/message';
import type { Campaign } from '../../store/entities';

/** No 0/O or 1/I: codes are read off a phone screen and typed at checkout. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A deterministic code per (seed, campaign, customer, attempt); `attempt` moves past a collision. */
export function offerCode(prefix: string, seed: string, campaignId: string, customerId: string, attempt: number) {
  const rng = new Prng(`${seed}|${campaignId}|${customerId}|${attempt}`);
  let tail = '';
  for (let i = 0; i < 8; i++) tail += CODE_ALPHABET[rng.int(0, CODE_ALPHABET.length - 1)];
  return `${normaliseCode(prefix)}-${tail}`;
}

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

const OFFER_WORDS: Record<Lang, { discount: (p: number) => string; freeShipping: string }> = {
  en: { discount: (p) => `${p}% off`, freeShipping: 'free shipping' },
  zh: { discount: (p) => `${p}% 折扣`, freeShipping: '免运费' },
};

/**
 * Fills the campaign template. Placeholders: {name}, {code}, {offer} ("10% off" / "free shipping"),
 * {percent}, {expiry} (YYYY-MM-DD). Unknown placeholders are left as written so a typo is visible.
 */
export function renderOffer(
  campaign: Campaign,
  lang: Lang,
  values: { name: string; code: string; expiresAt: string },
): string {
  const words = OFFER_WORDS[lang];
  const percent = campaign.offer.percentOff ?? 0;
  const fills: Record<string, string> = {
    name: values.name.split(' ')[0] ?? values.name,
    code: values.code,
    offer: campaign.offer.kind === 'discount' ? words.discount(percent) : words.freeShipping,
    percent: String(percent),
    expiry: values.expiresAt.slice(0, 10),
  };
  const template = campaign.template[lang] || campaign.template.en;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => fills[key] ?? whole);
}
