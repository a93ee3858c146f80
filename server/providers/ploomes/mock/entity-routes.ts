/**
 * @module The entity sets: `GET /Contacts` (OData list), `GET /Contacts(<Id>)`, `POST /Contacts`,
 * `PATCH`/`DELETE /Contacts(<Id>)`, and the actions `POST /Deals(<Id>)/Win` …; every write stores the
 * record and sends the webhook Ploomes would send. `Users` is read-only.
 */
import type { Context } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import { isPloomesEntity, type PloomesAction, type PloomesEntity } from '../ids.ts';
import { notAllowed, PloomesApiError } from './api-error.ts';
import { actionChanges } from './entity-actions.ts';
import { emitChange } from './emit-change.ts';
import { typeNameOf, type StoredSet } from './entity-types.ts';
import { answerList, type PagedRecords } from './answer-list.ts';
import { odataHeaders } from './odata-response.ts';
import { apiUserOf, type PloomesMockContext } from './ploomes-mock-context.ts';
import { readJsonObject } from './read-body.ts';
import { restDateOf } from './record-forms.ts';
import { cachedLookup } from './request-store.ts';
import type { ResourcePath } from './resource-path.ts';
import { createdRecord, patchedRecord, stampedRecord, type WriteContext } from './write-record.ts';

/**
 * @example app.all('/:resource{.+}', (c) => entityRoute(c, ctx, { set: 'Contacts', id: 1 }))
 */
export async function entityRoute(c: Context, ctx: PloomesMockContext, path: ResourcePath & { set: StoredSet }): Promise<Response> {
  const method = c.req.method;
  const { set, id, action } = path;
  if (action !== undefined) {
    if (id === undefined || !isPloomesEntity(set)) throw new PloomesApiError(404, `${set} has no action '${action}'`);
    if (method !== 'POST') throw new PloomesApiError(404, `/${set}(${id})/${action} is not served: actions take POST, and related records come with $expand=${action}`);
    return runAction(c, ctx, set, id, action);
  }
  if (method === 'GET') {
    const stored: PagedRecords = { page: (offset, limit) => ctx.records.list(set, { offset, limit }), all: () => ctx.records.all(set) };
    return respond(c, ctx, set, id === undefined ? stored : [found(ctx, set, id)]);
  }
  if (!isPloomesEntity(set)) throw notAllowed(method);
  if (id === undefined) {
    if (method !== 'POST') throw notAllowed(method);
    return create(c, ctx, set);
  }
  if (method === 'PATCH') return update(c, ctx, set, id);
  if (method === 'DELETE') return remove(c, ctx, set, id);
  throw notAllowed(method);
}

async function create(c: Context, ctx: PloomesMockContext, entity: PloomesEntity): Promise<Response> {
  const body = await readJsonObject(c);
  const record = createdRecord(body, ctx.records.nextId(entity), writeContext(ctx, entity));
  ctx.records.put(entity, record.Id as number, record);
  emitChange(ctx, { entity, action: 'Create', before: null, after: record });
  return respond(c, ctx, entity, [record]);
}

async function update(c: Context, ctx: PloomesMockContext, entity: PloomesEntity, id: number): Promise<Response> {
  const before = found(ctx, entity, id);
  const after = patchedRecord(before, await readJsonObject(c), writeContext(ctx, entity));
  return write(c, ctx, entity, 'Update', before, after);
}

function remove(c: Context, ctx: PloomesMockContext, entity: PloomesEntity, id: number): Response {
  const before = found(ctx, entity, id);
  ctx.records.delete(entity, id);
  emitChange(ctx, { entity, action: 'Delete', before, after: null });
  return c.body(null, 204, odataHeaders);
}

async function runAction(c: Context, ctx: PloomesMockContext, entity: PloomesEntity, id: number, name: string): Promise<Response> {
  const record = found(ctx, entity, id);
  const context = writeContext(ctx, entity);
  const { action, changes } = actionChanges(entity, name, { record, body: await readJsonObject(c, { emptyAllowed: true }), now: context.now, userId: context.userId });
  return write(c, ctx, entity, action, record, stampedRecord(record, changes, context));
}

function write(c: Context, ctx: PloomesMockContext, entity: PloomesEntity, action: PloomesAction, before: JsonObject, after: JsonObject): Response {
  ctx.records.put(entity, after.Id as number, after);
  emitChange(ctx, { entity, action, before, after });
  return respond(c, ctx, entity, [after]);
}

/** Answers with records through the request's query options ($select, $expand … apply to writes too). */
const respond = (c: Context, ctx: PloomesMockContext, set: StoredSet, records: JsonObject[] | PagedRecords): Response => answerList(c, ctx, { name: set, records, set });

function found(ctx: PloomesMockContext, set: StoredSet, id: number): JsonObject {
  const record = ctx.records.get(set, id);
  if (!record) throw new PloomesApiError(404, `No ${typeNameOf(set)} with Id ${id}`);
  return record;
}

function writeContext(ctx: PloomesMockContext, entity: PloomesEntity): WriteContext {
  return { entity, now: restDateOf(ctx.now()), userId: apiUserOf(ctx.settings()), lookup: cachedLookup(ctx.records) };
}
