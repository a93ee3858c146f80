/**
 * @module CRM v3 batch endpoints: `POST /crm/v3/objects/{objectType}/batch/{read|create|update|archive}`
 * with up to 100 `inputs`. Missing records make a 207 with HubSpot's `errors`; writes send webhooks.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { emitCrmChanges, type CrmChange } from './crm-events.ts';
import type { CrmObjectType } from './crm-object-types.ts';
import { crmResponse, instant, wantedProperties, type CrmRecord } from './crm-record.ts';
import { deliveryHeader, objectTypeOf } from './crm-routes.ts';
import { crmStore } from './crm-store.ts';
import { hubspotJson } from './hubspot-errors.ts';
import { normalizeWrite, propertyValuesSchema } from './property-writes.ts';
import { readBody } from './read-body.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

const id = z.union([z.string(), z.number()]).transform(String);
const inputs = <T extends z.ZodType>(item: T) => z.array(item).max(100, 'at most 100 inputs per batch');

const readBodySchema = z.object({ inputs: inputs(z.object({ id })), properties: z.array(z.string()).default([]), idProperty: z.string().optional() });
const createBodySchema = z.object({ inputs: inputs(z.object({ properties: propertyValuesSchema, associations: z.array(z.unknown()).optional() })) });
const updateBodySchema = z.object({ inputs: inputs(z.object({ id, properties: propertyValuesSchema })) });
const archiveBodySchema = z.object({ inputs: inputs(z.object({ id })) });

export function crmBatchRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const store = crmStore(ctx.records, ctx.now);

  app.post('/:objectType/batch/read', async (c) => {
    const type = objectTypeOf(c);
    const body = await readBody(c, readBodySchema);
    const found = body.inputs.map((i) => ({ id: i.id, record: store.find(type, i.id) }));
    const wanted = wantedProperties(type, body.properties);
    return batchAnswer(c, { ctx, type, verb: 'get', startedAt: started(ctx), found, shape: (r) => crmResponse(r, wanted) });
  });

  app.post('/:objectType/batch/create', async (c) => {
    const type = objectTypeOf(c);
    const startedAt = started(ctx);
    const body = await readBody(c, createBodySchema);
    // HubSpot validates the whole batch before writing: a bad input fails it all (the throw is the 400).
    body.inputs.forEach((i) => normalizeWrite(i.properties));
    const records = body.inputs.map((i) => store.create(type, i.properties));
    const deliveries = emitCrmChanges(ctx, records.map((record): CrmChange => ({ action: 'creation', type, record })));
    return hubspotJson(c, { status: 'COMPLETE', results: records.map((r) => crmResponse(r, 'all')), startedAt, completedAt: instant(ctx.now()) }, 201, deliveryHeader(deliveries));
  });

  app.post('/:objectType/batch/update', async (c) => {
    const type = objectTypeOf(c);
    const startedAt = started(ctx);
    const body = await readBody(c, updateBodySchema);
    body.inputs.forEach((i) => normalizeWrite(i.properties));
    const changes: CrmChange[] = [];
    const found = body.inputs.map((i) => {
      if (!store.find(type, i.id)) return { id: i.id, record: undefined };
      const { record, changed } = store.update(type, i.id, i.properties);
      if (changed.length > 0) changes.push({ action: 'propertyChange', type, record, changed });
      return { id: i.id, record };
    });
    const deliveries = emitCrmChanges(ctx, changes);
    return batchAnswer(c, { ctx, type, verb: 'update', startedAt, found, shape: (r) => crmResponse(r, 'all'), headers: deliveryHeader(deliveries) });
  });

  app.post('/:objectType/batch/archive', async (c) => {
    const type = objectTypeOf(c);
    const body = await readBody(c, archiveBodySchema);
    const archived = body.inputs.map((i) => store.archive(type, i.id)).filter((r): r is CrmRecord => r !== undefined);
    const deliveries = emitCrmChanges(ctx, archived.map((record): CrmChange => ({ action: 'deletion', type, record })));
    return c.body(null, 204, deliveryHeader(deliveries));
  });

  return app;
}

const started = (ctx: Ctx): string => instant(ctx.now());

interface BatchAnswer {
  ctx: Ctx;
  type: CrmObjectType;
  /** How the error message names the operation: "Could not get some CONTACT objects". */
  verb: 'get' | 'update';
  startedAt: string;
  found: readonly { id: string; record: CrmRecord | undefined }[];
  shape: (record: CrmRecord) => JsonObject;
  headers?: Record<string, string>;
}

/** 200 when every input was found, else 207 with one OBJECT_NOT_FOUND error naming the missing ids. */
function batchAnswer(c: Context, { ctx, type, verb, startedAt, found, shape, headers = {} }: BatchAnswer): Response {
  const results = found.flatMap((f) => (f.record ? [shape(f.record)] : []));
  const missing = found.filter((f) => !f.record).map((f) => f.id);
  const completedAt = instant(ctx.now());
  if (missing.length === 0) return hubspotJson(c, { status: 'COMPLETE', results, startedAt, completedAt }, 200, headers);
  const error = {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Could not ${verb} some ${type.label} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids: missing },
    errors: [],
  };
  return hubspotJson(c, { status: 'COMPLETE', results, numErrors: 1, errors: [error], startedAt, completedAt }, 207, headers);
}
