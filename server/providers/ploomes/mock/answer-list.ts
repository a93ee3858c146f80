/** @module Answers a request with records, through its OData query options, in Ploomes' `{@odata.context, value}` body. */
import type { Context } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import type { StoredSet } from './entity-types.ts';
import { parseQueryOptions } from './odata/index.ts';
import { odataHeaders, odataList } from './odata-response.ts';
import type { PloomesMockContext } from './ploomes-mock-context.ts';
import { queryCollection } from './query-collection.ts';
import { cachedLookup, propertiesOf } from './request-store.ts';

/** The page size when `$top` is absent, and its ceiling: integrators page by 300 (research §1.6; the maximum is [inferred]). */
export const maxTop = 300;

/** A stored collection read lazily: a plain page reads only its rows. */
export interface PagedRecords {
  page(offset: number, limit: number): { items: JsonObject[]; total: number };
  all(): JsonObject[];
}

export interface ListAnswer {
  /** The set named in `@odata.context`. */
  name: string;
  records: JsonObject[] | PagedRecords;
  /** The stored set the records belong to, for `$expand` and navigation paths. */
  set?: StoredSet | undefined;
  /** What `$select`/`$filter`/`$orderby` may name; the records' own properties by default. */
  properties?: ReadonlySet<string> | undefined;
}

const noNames: ReadonlySet<string> = new Set();

/**
 * @example return answerList(c, ctx, { name: 'Contacts', records: ctx.records.all('Contacts'), set: 'Contacts' })
 */
export function answerList(c: Context, ctx: PloomesMockContext, { name, records: source, set, properties }: ListAnswer): Response {
  let records = source;
  const options = parseQueryOptions(new URL(c.req.url).searchParams, { maxTop });
  const lookup = cachedLookup(ctx.records);
  if (!Array.isArray(records)) {
    // Nothing to filter, sort or check names against: the page's rows alone answer (a sync's usual request).
    if (options.filter === undefined && options.orderby.length === 0 && options.select === undefined && properties === undefined) {
      const paged = records;
      // Made from the URL (origin, path, query) and the records alone: kept until the data set changes,
      // as integrations poll the same pages over and over.
      const body = ctx.records.memo(`list ${c.req.url}`, () => {
        const { items, total } = paged.page(options.skip, options.top);
        const { value } = queryCollection({ records: items, set, properties: noNames, options: { ...options, skip: 0 }, lookup });
        return JSON.stringify(odataList(c, ctx.providerId, name, value, { count: options.count ? total : undefined, select: options.select }));
      });
      return c.body(body, 200, { ...odataHeaders, 'Content-Type': 'application/json' });
    }
    records = records.all();
  }
  // Names are checked only when the query names some: collecting every record's keys cost a plain page more than the page.
  const names = options.select !== undefined || options.orderby.length > 0 || options.filter !== undefined;
  const known = properties ?? (names ? propertiesOf(records) : noNames);
  const { value, count } = queryCollection({ records, set, properties: known, options, lookup });
  return c.json(odataList(c, ctx.providerId, name, value, { count: options.count ? count : undefined, select: options.select }), 200, odataHeaders);
}
