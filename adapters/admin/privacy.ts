import { timingSafeEqual } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { CustomerService } from '../../src/commerce/types';

const customerIdParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w:.-]+$/);

function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * The shop owner's privacy tools: export everything stored about a customer, or erase it. Guarded by
 * ADMIN_TOKEN; without one configured the routes are not mounted at all.
 */
export function privacyRouter(deps: { adminToken: string; customers: CustomerService }): Router {
  const router = Router();
  const guard = (req: Request, res: Response, next: NextFunction) => {
    if (!bearerMatches(req.header('authorization'), deps.adminToken)) {
      res.status(401).json({ error: { code: 'E_UNAUTHORIZED', message: 'admin token required' } });
      return;
    }
    next();
  };
  /** Resolves the customer named in the path, or answers 400/404 and returns undefined. */
  const customerFrom = async (req: Request, res: Response): Promise<string | undefined> => {
    const id = customerIdParam.safeParse(req.params.id);
    if (!id.success) {
      res.status(400).json({ error: { code: 'E_VALIDATION', message: 'invalid customer id' } });
      return undefined;
    }
    if (!(await deps.customers.get(id.data))) {
      res.status(404).json({ error: { code: 'E_NOT_FOUND', message: 'customer not found' } });
      return undefined;
    }
    return id.data;
  };
  router.get('/api/admin/customers/:id/export', guard, async (req, res) => {
    const id = await customerFrom(req, res);
    if (id) res.json(await deps.customers.exportData(id));
  });
  router.delete('/api/admin/customers/:id', guard, async (req, res) => {
    const id = await customerFrom(req, res);
    if (id) res.json({ erased: await deps.customers.erase(id) });
  });
  return router;
}
