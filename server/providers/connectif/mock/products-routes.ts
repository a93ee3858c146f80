/**
 * @module Products: `PATCH /products/product-id/{id}` upserts by the shop's id (documented); reads by
 * the shop's id `GET /products/product-id/{id}` [path inferred] and by Connectif's `GET /products/{id}`.
 */
import { Hono } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { invalid, notFound } from './connectif-api-error.ts';
import { requireScope } from './guard.ts';
import { checkProductDomains, productPatchSchema, upsertProduct } from './product-fields.ts';
import { readJson } from './read-body.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

/**
 * @example app.route('/', productsRoutes(ctx))
 */
export function productsRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  app.patch('/products/product-id/:id', requireScope(ctx, 'products:write'), async (c) => {
    const productId = c.req.param('id');
    const patch = (await readJson(c, productPatchSchema)) as JsonObject;
    checkProductDomains([{ productId, ...patch }], ctx.settings().storeUrl);
    const { record, missing } = upsertProduct(ctx.records.get(collections.products, productId), productId, patch, ctx.now());
    if (missing.length > 0) throw invalid(missing.map((path) => ({ path, reason: 'is required to create a product' })));
    ctx.records.put(collections.products, productId, record);
    return c.json(record);
  });
  app.get('/products/product-id/:id', requireScope(ctx, 'products:read'), (c) => {
    const product = ctx.records.get(collections.products, c.req.param('id'));
    if (!product) throw notFound(`Product ${c.req.param('id')} not found.`);
    return c.json(product);
  });
  app.get('/products/:id', requireScope(ctx, 'products:read'), (c) => {
    const product = ctx.records.all(collections.products).find((p) => p.id === c.req.param('id'));
    if (!product) throw notFound(`Product ${c.req.param('id')} not found.`);
    return c.json(product);
  });
  return app;
}
