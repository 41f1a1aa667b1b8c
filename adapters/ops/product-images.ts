import { Router } from 'express';
import { z } from 'zod';
import { productImageSvg } from '../../src/commerce';
import type { CatalogService } from '../../src/commerce/types';
import { ERROR_CODES } from '../../src/core/errors';
import { sendError } from '../shared/http-errors';

const productId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

/** Serves the generated product pictures at /assets/products/:id.svg. */
export function productImageRouter(deps: { catalog: CatalogService }): Router {
  const router = Router();
  router.get('/assets/products/:file', async (req, res) => {
    const match = /^(.+)\.svg$/.exec(req.params.file);
    const id = productId.safeParse(match?.[1]);
    const product = id.success ? await deps.catalog.get(id.data) : null;
    if (!product) {
      sendError(res, 404, ERROR_CODES.NOT_FOUND, 'no such image');
      return;
    }
    res.set({ 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' });
    res.type('image/svg+xml').send(productImageSvg(product));
  });
  return router;
}
