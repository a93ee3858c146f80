/**
 * @module `POST /crm/v3/objects/{objectType}/search`: filterGroups (OR of ANDs), sorts, a free-text
 * `query`, `properties`, `limit` (at most 200) and an offset `after`; answers `{total, results, paging}`.
 * HubSpot's own limits apply: 5 groups, 6 filters per group, 18 in all.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { crmResponse, wantedProperties, type CrmRecord } from './crm-record.ts';
import { objectTypeOf } from './crm-routes.ts';
import { crmStore } from './crm-store.ts';
import { hubspotJson, invalidInput } from './hubspot-errors.ts';
import { limitOf } from './paging.ts';
import { readBody } from './read-body.ts';
import { searchLimit } from './rate-limits.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

const operators = ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN'] as const;
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const filterSchema = z.object({ propertyName: z.string(), operator: z.enum(operators), value: scalar.optional(), highValue: scalar.optional(), values: z.array(scalar).optional() });
type Filter = z.output<typeof filterSchema>;

const searchBody = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema).max(6, 'at most 6 filters per group') })).max(5, 'at most 5 filterGroups').default([]),
  sorts: z.array(z.union([z.string(), z.object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING') })])).default([]),
  query: z.string().optional(),
  properties: z.array(z.string()).default([]),
  limit: z.number().int().nullable().optional(),
  after: z.union([z.string(), z.number()]).nullable().optional(),
});

export function crmSearchRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const store = crmStore(ctx.records, ctx.now);
  app.post('/:objectType/search', searchLimit(ctx), async (c) => {
    const type = objectTypeOf(c);
    const body = await readBody(c, searchBody);
    if (body.filterGroups.flatMap((g) => g.filters).length > 18) throw invalidInput('at most 18 filters in all');
    const hits = store
      .list(type)
      .filter((r) => body.filterGroups.length === 0 || body.filterGroups.some((g) => g.filters.every((f) => matches(r, f))))
      .filter((r) => !body.query || Object.values(r.properties).some((v) => v.toLowerCase().includes(body.query!.toLowerCase())));
    const sorted = sortBy(hits, body.sorts[0]);
    const limit = limitOf(body.limit ?? undefined, 200);
    const offset = Number(body.after ?? 0);
    if (!Number.isInteger(offset) || offset < 0) throw invalidInput(`after: "${String(body.after)}" is not a cursor this API returned`);
    const page = sorted.slice(offset, offset + limit);
    const wanted = wantedProperties(type, body.properties);
    return hubspotJson(c, {
      total: hits.length,
      results: page.map((r) => crmResponse(r, wanted)),
      ...(offset + limit < hits.length ? { paging: { next: { after: String(offset + limit) } } } : {}),
    });
  });
  return app;
}

function matches(record: CrmRecord, { propertyName, operator, value = '', highValue = '', values = [] }: Filter): boolean {
  const actual = record.properties[propertyName];
  switch (operator) {
    case 'HAS_PROPERTY':
      return actual !== undefined;
    case 'NOT_HAS_PROPERTY':
      return actual === undefined;
    case 'NEQ':
      return actual === undefined || compare(actual, value) !== 0;
    case 'NOT_IN':
      return actual === undefined || !values.some((v) => compare(actual, v) === 0);
    case 'NOT_CONTAINS_TOKEN':
      return actual === undefined || !contains(actual, value);
  }
  if (actual === undefined) return false;
  switch (operator) {
    case 'EQ':
      return compare(actual, value) === 0;
    case 'IN':
      return values.some((v) => compare(actual, v) === 0);
    case 'LT':
      return compare(actual, value) < 0;
    case 'LTE':
      return compare(actual, value) <= 0;
    case 'GT':
      return compare(actual, value) > 0;
    case 'GTE':
      return compare(actual, value) >= 0;
    case 'BETWEEN':
      return compare(actual, value) >= 0 && compare(actual, highValue) <= 0;
    case 'CONTAINS_TOKEN':
      return contains(actual, value);
  }
}

/** Numbers as numbers, datetimes (ISO or epoch ms) as instants, anything else as text without case. */
function compare(actual: string, wanted: string): number {
  const [a, b] = [asNumber(actual), asNumber(wanted)];
  if (a !== undefined && b !== undefined) return a - b;
  const [da, db] = [asTime(actual), asTime(wanted)];
  if (da !== undefined && db !== undefined) return da - db;
  return actual.toLowerCase().localeCompare(wanted.toLowerCase());
}

const asNumber = (text: string): number | undefined => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined);
const asTime = (text: string): number | undefined => (/^\d{13}$/.test(text) ? Number(text) : /^\d{4}-\d\d-\d\d/.test(text) ? Date.parse(text) : undefined);
// A `*` is HubSpot's wildcard inside a token; the mock treats the token as a substring.
const contains = (actual: string, token: string): boolean => actual.toLowerCase().includes(token.replaceAll('*', '').toLowerCase());

function sortBy(records: CrmRecord[], sort: string | { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' } | undefined): CrmRecord[] {
  if (!sort) return records;
  const { propertyName, direction } = typeof sort === 'string' ? { propertyName: sort.replace(/^-/, ''), direction: sort.startsWith('-') ? 'DESCENDING' : 'ASCENDING' } : sort;
  const sign = direction === 'DESCENDING' ? -1 : 1;
  return [...records].sort((x, y) => sign * compare(x.properties[propertyName] ?? '', y.properties[propertyName] ?? ''));
}
