/**
 * @module Exports [3rd-party]: `POST /exports` with `{exportType: contacts|activities, delimiter,
 * dateFormat, filters: {segmentId, fromDate, toDate}}`, then `GET /exports/{id}` until `status` is
 * `finished` and `fileUrl` links the CSV. The mock has no segments: a `segmentId` answers 404.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { notFound } from './connectif-api-error.ts';
import { exportTypes } from './export-files.ts';
import { requireScope } from './guard.ts';
import { objectId } from './object-id.ts';
import { readJson } from './read-body.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

const exportSchema = z
  .object({
    exportType: z.enum(exportTypes),
    delimiter: z.enum([',', ';']).default(','),
    dateFormat: z.string().max(100).optional(),
    filters: z
      .object({
        segmentId: z.string().min(1).optional(),
        fromDate: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
        toDate: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/**
 * @example app.route('/', exportsRoutes(ctx))
 */
export function exportsRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  app.on('POST', ['/exports', '/exports/'], requireScope(ctx, 'exports:write'), async (c) => {
    const input = await readJson(c, exportSchema);
    if (input.filters.segmentId !== undefined) throw notFound(`Segment ${input.filters.segmentId} not found: the mock has no segments; export without one.`);
    const now = ctx.now();
    const id = objectId(now, `export:${ctx.records.all(collections.exports).length}:${now.getTime()}`);
    const record: JsonObject = { id, exportType: input.exportType, status: 'queued', progress: 0, total: 0, delimiter: input.delimiter, dateFormat: input.dateFormat ?? null, filters: input.filters, createdAt: now.toISOString() };
    ctx.records.put(collections.exports, id, record);
    return c.json(record, 201);
  });
  app.get('/exports/:id', requireScope(ctx, 'exports:read'), (c) => {
    const found = ctx.records.get(collections.exports, c.req.param('id'));
    if (!found) throw notFound(`Export ${c.req.param('id')} not found.`);
    return c.json(found);
  });
  return app;
}

/**
 * The files exports and import error reports link to, served without a key like a pre-signed URL.
 * @example app.route('/', filesRoutes(ctx)) // GET /files/export-<id>.csv
 */
export function filesRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  app.get('/files/:name{[A-Za-z0-9-]+\\.csv}', (c) => {
    const file = ctx.records.get(collections.files, c.req.param('name').replace(/\.csv$/, ''));
    if (!file) throw notFound('File not found (or not ready yet).');
    return c.body(String(file.csv), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  return app;
}
