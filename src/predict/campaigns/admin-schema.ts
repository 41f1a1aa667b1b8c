/**
 * Proposed admin API for campaigns (routes mounted by the server, behind the admin token). Bodies are
 * validated with these schemas at the boundary; inside, the types are trusted.
 *
 *   POST  /admin/campaigns               campaignCreateSchema   → 201 Campaign
 *   GET   /admin/campaigns?active=true   campaignListQuerySchema → Campaign[]
 *   GET   /admin/campaigns/:id                                  → Campaign | 404
 *   PATCH /admin/campaigns/:id           campaignPatchSchema    → Campaign (e.g. { active: false } pauses)
 *   POST  /admin/campaigns/:id/run       campaignRunSchema      → RunSummary (dryRun previews the audience)
 *   GET   /admin/campaigns/:id/report                           → CampaignReport
 *   POST  /admin/propensity/retrain      retrainSchema          → RetrainResult
 */
import { z } from 'zod';
import { CHANNELS } from '../../core/message';

const hour = z.number().int().min(0).max(23);

const offerSchema = z
  .object({
    kind: z.enum(['discount', 'free_shipping']),
    percentOff: z.number().int().min(1).max(90).optional(),
    validDays: z.number().int().min(1).max(90),
    codePrefix: z
      .string()
      .regex(/^[A-Za-z0-9]{2,12}$/, 'letters and digits, 2–12 characters')
      .transform((s) => s.toUpperCase()),
  })
  .refine((o) => o.kind !== 'discount' || o.percentOff !== undefined, {
    message: 'a discount needs percentOff',
    path: ['percentOff'],
  });

const campaignFields = z.object({
  /** Optional: a slug is derived from the name when absent. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/)
    .optional(),
  name: z.string().trim().min(1).max(120),
  active: z.boolean().default(true),
  propensityMin: z.number().min(0).max(1),
  propensityMax: z.number().min(0).max(1),
  categories: z.array(z.string().min(1)).max(50).optional(),
  offer: offerSchema,
  template: z.object({ en: z.string().trim().min(1).max(1000), zh: z.string().trim().min(1).max(1000) }),
  channels: z.array(z.enum(CHANNELS)).min(1),
  holdoutShare: z.number().min(0).max(0.9).default(0.1),
  frequencyCapDays: z.number().int().min(0).max(365).default(7),
  quietHours: z.object({ start: hour, end: hour }).default({ start: 21, end: 9 }),
});

export const campaignCreateSchema = campaignFields.refine((c) => c.propensityMin <= c.propensityMax, {
  message: 'propensityMin must not exceed propensityMax',
  path: ['propensityMin'],
});
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

export const campaignPatchSchema = campaignFields.omit({ id: true }).partial();
export type CampaignPatch = z.infer<typeof campaignPatchSchema>;

export const campaignListQuerySchema = z.object({ active: z.enum(['true', 'false']).optional() });

export const campaignRunSchema = z.object({ dryRun: z.boolean().default(false) });

export const retrainSchema = z.object({
  horizonDays: z.number().int().min(1).max(90).optional(),
  seed: z.number().int().optional(),
});

/** Turns a validated create body into the stored entity. */
export function campaignFromCreate(body: CampaignCreate, now: Date) {
  const at = now.toISOString();
  const slug = body.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return {
    ...body,
    id: body.id ?? `${slug || 'campaign'}-${now.getTime().toString(36)}`,
    createdAt: at,
    updatedAt: at,
  };
}
