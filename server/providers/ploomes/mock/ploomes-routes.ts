/**
 * @module The Ploomes REST API as hookbench serves it under /mock/ploomes: `User-Key` auth and rate
 * limit, then one dispatcher over OData resource paths (`Contacts(1)`, `Deals(7)/Win`, `Webhooks@Actions`).
 */
import { Hono, type Context } from 'hono';
import { isHookbenchError } from '../../../errors.ts';
import { apiErrorBody, PloomesApiError } from './api-error.ts';
import { catalogueLists, catalogueRoute } from './catalogue-routes.ts';
import { isStoredSet, storedSets } from './entity-types.ts';
import { entityRoute } from './entity-routes.ts';
import { ODataQueryError } from './odata/index.ts';
import type { PloomesMockContext } from './ploomes-mock-context.ts';
import { parseResourcePath } from './resource-path.ts';
import { userKeyAuth } from './user-key-auth.ts';
import { webhookRoute } from './webhook-routes.ts';

const served = [...storedSets, 'Webhooks', ...Object.keys(catalogueLists)];

/**
 * @example app.route('/mock/ploomes', ploomesRoutes(ctx))
 */
export function ploomesRoutes(ctx: PloomesMockContext): Hono {
  const app = new Hono();
  app.onError(answerError);
  app.use('*', userKeyAuth(ctx));
  app.all('/:resource{.+}', (c) => dispatch(c, ctx, c.req.param('resource')));
  app.all('*', (c) => dispatch(c, ctx, ''));
  return app;
}

async function dispatch(c: Context, ctx: PloomesMockContext, resource: string): Promise<Response> {
  const path = parseResourcePath(resource);
  if (path === undefined || !served.includes(path.set)) {
    throw new PloomesApiError(404, `No HTTP resource was found that matches the request URI '/${resource}'. hookbench's Ploomes mock serves ${served.map((s) => `/${s}`).join(', ')}`);
  }
  if (path.set === 'Webhooks') return webhookRoute(c, ctx, path);
  const rows = catalogueLists[path.set];
  if (rows) {
    if (path.id !== undefined || path.action !== undefined) throw new PloomesApiError(404, `/${path.set} is a list: no key or action`);
    return catalogueRoute(c, ctx, path.set, rows);
  }
  if (isStoredSet(path.set)) return entityRoute(c, ctx, { ...path, set: path.set });
  throw new PloomesApiError(404, `No HTTP resource was found that matches the request URI '/${resource}'`);
}

function answerError(err: Error, c: Context): Response {
  if (err instanceof PloomesApiError) return c.json(apiErrorBody(err.status, err.message), err.status);
  if (err instanceof ODataQueryError) return c.json(apiErrorBody(400, `The query specified in the URI is not valid. ${err.message}`), 400);
  // A hookbench-side failure behind a write (a subscription whose stored settings no longer validate).
  if (isHookbenchError(err)) return c.json(apiErrorBody(500, `hookbench could not send the webhook for this write: ${err.message}`), 500);
  console.error(`hookbench: the Ploomes mock failed on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
  return c.json(apiErrorBody(500, 'An error has occurred; the hookbench server log has the details.'), 500);
}
