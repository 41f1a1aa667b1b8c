import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { CustomerService } from '../../src/commerce/types';
import { adminGuard, notFound, parseOr400 } from './guard';

const customerIdParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w:.-]+$/);

/**
 * The shop owner's privacy tools: export everything stored about a customer, or erase it. Guarded by
 * ADMIN_TOKEN; without one configured the routes are not mounted at all.
 */
export function privacyRouter(deps: {
  adminToken: string;
  customers: CustomerService;
  /** Called after an erasure, for in-memory copies (the recommender's interaction log). */
  onErased?: (customerId: string) => void;
}): Router {
  const router = Router();
  const guard = adminGuard(deps.adminToken);
  /** Resolves the customer named in the path, or answers 400/404 and returns undefined. */
  const customerFrom = async (req: Request, res: Response): Promise<string | undefined> => {
    const id = parseOr400(customerIdParam, req.params.id, res);
    if (id === undefined) return undefined;
    if (await deps.customers.get(id)) return id;
    notFound(res, 'customer');
    return undefined;
  };
  router.get('/api/admin/customers/:id/export', guard, async (req, res) => {
    const id = await customerFrom(req, res);
    if (id) res.json(await deps.customers.exportData(id));
  });
  router.delete('/api/admin/customers/:id', guard, async (req, res) => {
    const id = await customerFrom(req, res);
    if (!id) return;
    const erased = await deps.customers.erase(id);
    deps.onErased?.(id);
    res.json({ erased });
  });
  return router;
}
