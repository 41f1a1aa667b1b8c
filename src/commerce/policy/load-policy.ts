/**
 * Loads the shop's rules from JSON and validates them, so a typo in the policy file stops startup with
 * a message that names the field instead of surfacing later as a wrong answer to a shopper.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConciergeError, ERROR_CODES } from '../../core/errors';
import { isKnownCountry } from '../../nlu/entities/country';
import type { ShopPolicy } from '../types';
import defaultPolicyJson from './shop-policy.json';

const localized = z.object({ en: z.string().min(1), zh: z.string().min(1) });
const cents = z.number().int().min(0);
const hour = z.number().int().min(0).max(24);

const country = z.string().refine(isKnownCountry, { message: 'must be an ISO 3166-1 alpha-2 code such as DE' });
const days = z.number().int().min(0);

const deliveryZone = z
  .object({
    id: z.string().min(1),
    name: localized,
    countries: z.array(country).min(1),
    carrier: z.string().min(1).optional(),
    minDays: days,
    maxDays: days,
    priceCents: cents.optional(),
    freeOverCents: cents.optional(),
    duties: z.boolean().optional(),
  })
  .refine((s) => s.minDays <= s.maxDays, { message: 'minDays must not exceed maxDays', path: ['minDays'] });

/** A country in two places would get two answers; the file must say which one holds. */
const destinations = z.object({ home: z.array(country).min(1), zones: z.array(deliveryZone) }).superRefine((d, ctx) => {
  const seen = new Map<string, string>(d.home.map((code) => [code, 'home']));
  d.zones.forEach((zone, i) => {
    for (const code of zone.countries) {
      const before = seen.get(code);
      if (before)
        ctx.addIssue({ code: 'custom', path: ['zones', i, 'countries'], message: `${code} is already in ${before}` });
      seen.set(code, `zone ${zone.id}`);
    }
  });
});

export const shopPolicySchema = z.object({
  shopName: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as GBP'),
  returns: z.object({
    windowDays: z.number().int().min(0),
    finalSaleCategories: z.array(z.string().min(1)),
    condition: localized,
    instructions: localized,
    refundDays: z.number().int().min(0),
    exchanges: localized.optional(),
    gifts: localized.optional(),
    deliveryRefund: localized.optional(),
    faulty: localized.optional(),
    fees: localized.optional(),
  }),
  shipping: z
    .array(
      z
        .object({
          id: z.string().min(1),
          name: localized,
          priceCents: cents,
          minDays: z.number().int().min(0),
          maxDays: z.number().int().min(0),
          freeOverCents: cents.optional(),
        })
        .refine((s) => s.minDays <= s.maxDays, { message: 'minDays must not exceed maxDays', path: ['minDays'] }),
    )
    .min(1),
  destinations: destinations.optional(),
  exchangeRates: z
    .record(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'), z.number().positive())
    .optional(),
  deliveryAreas: localized.optional(),
  sizeGuide: localized.optional(),
  sizeChart: z
    .object({
      clothing: z
        .record(z.string().regex(/^\d{1,2}(\.5)?$/, 'must be a UK size number such as 12'), z.string().min(1))
        .optional(),
      shoes: z
        .record(z.string().regex(/^\d{1,2}(\.5)?$/, 'must be a UK size number such as 6'), z.string().min(1))
        .optional(),
    })
    .optional(),
  discounts: localized.optional(),
  stores: localized.optional(),
  privacy: localized.optional(),
  faq: z
    .array(
      z.object({
        id: z.string().min(1),
        ask: z
          .object({ en: z.array(z.string().min(2)).default([]), zh: z.array(z.string().min(1)).default([]) })
          .refine((a) => a.en.length + a.zh.length > 0, { message: 'needs at least one phrase to match' }),
        answer: localized,
      }),
    )
    .optional(),
  productPageUrl: z
    .url({ protocol: /^https?$/ })
    .refine((url) => url.includes('{id}'), { message: 'must contain {id}, where the product id goes' })
    .optional(),
  paymentMethods: z.array(z.object({ id: z.string().min(1), name: localized })).min(1),
  unpaidOrders: localized.optional(),
  cancellation: z.object({ feeCents: cents, note: localized }),
  invoices: localized,
  newsletter: localized,
  unsubscribe: z.object({ email: localized.optional(), sms: localized.optional() }).optional(),
  // A single text is what policy files held before there was one per topic: the password help.
  account: z.union([
    localized.transform((password) => ({ password })),
    z.object({
      password: localized,
      create: localized.optional(),
      edit: localized.optional(),
      delete: localized.optional(),
      switch: localized.optional(),
      registration: localized.optional(),
      guest: localized.optional(),
    }),
  ]),
  contact: z
    .object({
      email: z.string().min(3).includes('@'),
      phone: z.string().min(3),
      timezone: z.string().refine(isKnownTimeZone, { message: 'must be an IANA time zone such as Europe/London' }),
      days: z.array(z.number().int().min(0).max(6)),
      openHour: hour,
      closeHour: hour,
    })
    .refine((c) => c.openHour < c.closeHour, { message: 'openHour must be before closeHour', path: ['openHour'] }),
}) satisfies z.ZodType<ShopPolicy>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Validates an already-parsed policy object; `source` names it in error messages. */
export function parseShopPolicy(value: unknown, source = 'shop policy'): ShopPolicy {
  const parsed = shopPolicySchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
      .join('; ');
    throw new ConciergeError(ERROR_CODES.CONFIG, `invalid shop policy in ${source} — ${problems}`);
  }
  return parsed.data;
}

/**
 * The demo shop's policy when `file` is absent, else the file's (SHOP_POLICY_FILE). The default is
 * imported rather than read from disk so it travels with the compiled output.
 */
export function loadShopPolicy(file?: string): ShopPolicy {
  if (file === undefined) return parseShopPolicy(defaultPolicyJson, 'the built-in demo policy');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConciergeError(ERROR_CODES.CONFIG, `cannot read shop policy file ${file}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ConciergeError(ERROR_CODES.CONFIG, `shop policy file ${file} is not valid JSON`, { cause });
  }
  return parseShopPolicy(json, file);
}
