/**
 * @module CRM v3 objects on the mock: `GET /crm/v3/objects/{objectType}` (`limit`, `after`,
 * `properties`, `archived`), `POST` to create, and `GET`/`PATCH`/`DELETE …/{objectId}`. Writes send
 * the matching webhooks; the delivery ids come back in `X-Hookbench-Deliveries`.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { emitCrmChanges } from './crm-events.ts';
import { crmObjectType, type CrmObjectType } from './crm-object-types.ts';
import { crmResponse, propertyList, wantedProperties } from './crm-record.ts';
import { crmStore } from './crm-store.ts';
import { HubSpotApiError, hubspotJson } from './hubspot-errors.ts';
import { limitOf, pageAfter, pagingJson } from './paging.ts';
import { propertyValuesSchema } from './property-writes.ts';
import { readBody } from './read-body.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

const writeBody = z.object({ properties: propertyValuesSchema, associations: z.array(z.unknown()).optional() });

/** Header naming the deliveries a write caused (hookbench's, not HubSpot's). */
export const deliveriesHeader = 'X-Hookbench-Deliveries';

export function crmRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const store = crmStore(ctx.records, ctx.now);

  app.get('/:objectType', (c) => {
    const type = objectTypeOf(c);
    const page = pageAfter(store.list(type, { archived: c.req.query('archived') === 'true' }), {
      limit: limitOf(c.req.query('limit'), 100),
      after: c.req.query('after'),
      url: c.req.url,
    });
    const wanted = wantedProperties(type, propertyList(c.req.queries('properties')));
    return hubspotJson(c, { results: page.items.map((r) => crmResponse(r, wanted)), ...pagingJson(page) });
  });

  app.post('/:objectType', async (c) => {
    const type = objectTypeOf(c);
    const { properties } = await readBody(c, writeBody);
    const record = store.create(type, properties);
    const deliveries = emitCrmChanges(ctx, [{ action: 'creation', type, record }]);
    return hubspotJson(c, crmResponse(record, 'all'), 201, { Location: `${new URL(c.req.url).href.replace(/\?.*$/, '')}/${record.id}`, ...deliveryHeader(deliveries) });
  });

  app.get('/:objectType/:objectId', (c) => {
    const type = objectTypeOf(c);
    const record = store.get(type, c.req.param('objectId'), { archived: c.req.query('archived') === 'true' });
    return hubspotJson(c, crmResponse(record, wantedProperties(type, propertyList(c.req.queries('properties')))));
  });

  app.patch('/:objectType/:objectId', async (c) => {
    const type = objectTypeOf(c);
    const { properties } = await readBody(c, writeBody);
    const { record, changed } = store.update(type, c.req.param('objectId'), properties);
    const deliveries = changed.length > 0 ? emitCrmChanges(ctx, [{ action: 'propertyChange', type, record, changed }]) : [];
    return hubspotJson(c, crmResponse(record, 'all'), 200, deliveryHeader(deliveries));
  });

  app.delete('/:objectType/:objectId', (c) => {
    const type = objectTypeOf(c);
    const record = store.archive(type, c.req.param('objectId'));
    const deliveries = record ? emitCrmChanges(ctx, [{ action: 'deletion', type, record }]) : [];
    return c.body(null, 204, deliveryHeader(deliveries));
  });

  return app;
}

export function objectTypeOf(c: Context): CrmObjectType {
  const segment = c.req.param('objectType') ?? '';
  const type = crmObjectType(segment);
  // HubSpot's answer for an object type the portal does not have; the mock serves only these six.
  if (!type) throw new HubSpotApiError(400, `Unable to infer object type from: ${segment}`, { category: 'VALIDATION_ERROR' });
  return type;
}

export function deliveryHeader(deliveries: readonly string[]): Record<string, string> {
  return deliveries.length > 0 ? { [deliveriesHeader]: deliveries.join(',') } : {};
}
