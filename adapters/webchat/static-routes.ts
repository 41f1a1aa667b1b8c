import express, { type Request, type Response, Router } from 'express';
import { ERROR_CODES } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import { sendError } from '../shared/http-errors';
import { adapterPath } from './asset-paths';
import { embeddableAssetHeaders, pageHeaders } from './security-headers';
import type { WidgetBundle } from './widget-bundle';

/** `GET /widget.js`, the demo storefront at `GET /`, and its assets under `/demo/`. */
export function staticRoutes(deps: { bundle: () => Promise<WidgetBundle>; log: Logger }): Router {
  const router = Router();
  const publicDir = adapterPath('public');

  router.get('/widget.js', embeddableAssetHeaders, async (req: Request, res: Response) => {
    let bundle: WidgetBundle;
    try {
      bundle = await deps.bundle();
    } catch (err) {
      deps.log.error({ err }, 'webchat widget bundle unavailable');
      return sendError(res, 503, ERROR_CODES.INTERNAL, 'widget unavailable');
    }
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    // Short max-age: shops pick up a new widget within minutes; the ETag makes revalidation cheap.
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', bundle.etag);
    if (req.headers['if-none-match'] === bundle.etag) return void res.status(304).end();
    res.status(200).send(bundle.code);
  });

  if (!publicDir) {
    deps.log.warn('webchat demo page assets not found; / and /demo/ are disabled');
    return router;
  }
  router.get('/', pageHeaders, (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: publicDir });
  });
  router.use(
    '/demo',
    embeddableAssetHeaders,
    express.static(publicDir, { index: false, fallthrough: true, maxAge: '1h', dotfiles: 'ignore' }),
  );
  return router;
}
