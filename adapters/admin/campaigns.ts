import { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../src/core/clock';
import { ERROR_CODES } from '../../src/core/errors';
import {
  type CampaignRunner,
  campaignCreateSchema,
  campaignFromCreate,
  campaignListQuerySchema,
  campaignPatchSchema,
  campaignRunSchema,
  type RetrainResult,
  retrainSchema,
} from '../../src/predict';
import type { CampaignRepo } from '../../src/store/repositories';
import { sendError } from '../shared/http-errors';
import { adminGuard, notFound, parseOr400 } from './guard';

const campaignId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);

/**
 * The shop owner's campaign API (docs/campaigns.md): create, list, change, run (or preview with a dry
 * run), report measured lift against the holdout, and retrain the propensity model.
 */
export function campaignRouter(deps: {
  adminToken: string;
  campaigns: CampaignRepo;
  runner: CampaignRunner;
  retrain: (options: z.infer<typeof retrainSchema>) => Promise<RetrainResult>;
  clock: Clock;
  /** With proactive offers disabled, only dry runs are allowed. */
  offersEnabled: boolean;
}): Router {
  const router = Router();
  router.use('/api/admin/campaigns', adminGuard(deps.adminToken));
  router.use('/api/admin/propensity', adminGuard(deps.adminToken));

  router.post('/api/admin/campaigns', async (req, res) => {
    const body = parseOr400(campaignCreateSchema, req.body, res);
    if (!body) return;
    const campaign = campaignFromCreate(body, deps.clock.now());
    if (await deps.campaigns.get(campaign.id)) {
      sendError(res, 409, ERROR_CODES.DUPLICATE, 'a campaign with this id exists');
      return;
    }
    await deps.campaigns.upsert(campaign);
    res.status(201).json(campaign);
  });

  router.get('/api/admin/campaigns', async (req, res) => {
    const query = parseOr400(campaignListQuerySchema, req.query, res);
    if (!query) return;
    res.json(await deps.campaigns.list(query.active === 'true' ? { activeOnly: true } : {}));
  });

  router.get('/api/admin/campaigns/:id', async (req, res) => {
    const id = parseOr400(campaignId, req.params.id, res);
    const campaign = id ? await deps.campaigns.get(id) : null;
    if (id && !campaign) notFound(res, 'campaign');
    else if (campaign) res.json(campaign);
  });

  router.patch('/api/admin/campaigns/:id', async (req, res) => {
    const id = parseOr400(campaignId, req.params.id, res);
    const patch = id ? parseOr400(campaignPatchSchema, req.body, res) : undefined;
    if (!id || !patch) return;
    const campaign = await deps.campaigns.get(id);
    if (!campaign) return notFound(res, 'campaign');
    const updated = { ...campaign, ...patch, id, updatedAt: deps.clock.now().toISOString() };
    if (updated.propensityMin > updated.propensityMax) {
      sendError(res, 400, ERROR_CODES.VALIDATION, 'propensityMin must not exceed propensityMax');
      return;
    }
    await deps.campaigns.upsert(updated);
    res.json(updated);
  });

  router.post('/api/admin/campaigns/:id/run', async (req, res) => {
    const id = parseOr400(campaignId, req.params.id, res);
    const body = id ? parseOr400(campaignRunSchema, req.body ?? {}, res) : undefined;
    if (!id || !body) return;
    if (!(await deps.campaigns.get(id))) return notFound(res, 'campaign');
    if (!body.dryRun && !deps.offersEnabled) {
      sendError(
        res,
        409,
        ERROR_CODES.CONFLICT,
        'proactive offers are disabled (PROACTIVE_OFFERS_ENABLED=false); use dryRun',
      );
      return;
    }
    res.json(await deps.runner.run(id, deps.clock.now(), { dryRun: body.dryRun }));
  });

  router.get('/api/admin/campaigns/:id/report', async (req, res) => {
    const id = parseOr400(campaignId, req.params.id, res);
    if (!id) return;
    if (!(await deps.campaigns.get(id))) return notFound(res, 'campaign');
    res.json(await deps.runner.report(id, deps.clock.now()));
  });

  router.post('/api/admin/propensity/retrain', async (req, res) => {
    const body = parseOr400(retrainSchema, req.body ?? {}, res);
    if (body) res.json(await deps.retrain(body));
  });
  return router;
}
