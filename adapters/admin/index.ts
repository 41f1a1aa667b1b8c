import express, { Router } from 'express';
import type { CustomerService } from '../../src/commerce/types';
import type { Clock } from '../../src/core/clock';
import type { CampaignRunner, RetrainResult } from '../../src/predict';
import type { Store } from '../../src/store';
import { campaignRouter } from './campaigns';
import { notesRouter } from './notes';
import { ordersRouter } from './orders';
import { privacyRouter } from './privacy';

/**
 * The shop owner's API under /api/admin, behind ADMIN_TOKEN: privacy export and erasure, campaigns,
 * the notes the bot leaves for the team, and the shop platform's order webhook. The JSON parser is scoped here so channel routes keep their
 * own parsers and limits.
 */
export function adminRouter(deps: {
  adminToken: string;
  store: Store;
  customers: CustomerService;
  runner: CampaignRunner;
  retrain: (options: { horizonDays?: number; seed?: number }) => Promise<RetrainResult>;
  clock: Clock;
  offersEnabled: boolean;
  onErased?: (customerId: string) => void;
}): Router {
  const router = Router();
  router.use('/api/admin', express.json({ limit: '64kb' }));
  router.use(
    privacyRouter({
      adminToken: deps.adminToken,
      customers: deps.customers,
      ...(deps.onErased ? { onErased: deps.onErased } : {}),
    }),
  );
  router.use(
    campaignRouter({
      adminToken: deps.adminToken,
      campaigns: deps.store.campaigns,
      runner: deps.runner,
      retrain: deps.retrain,
      clock: deps.clock,
      offersEnabled: deps.offersEnabled,
    }),
  );
  router.use(notesRouter({ adminToken: deps.adminToken, notes: deps.store.notes }));
  router.use(
    ordersRouter({
      adminToken: deps.adminToken,
      store: deps.store,
      recordRedemption: (order) => deps.runner.recordOrderForOffers(order),
    }),
  );
  return router;
}
