/**
 * @module Response bodies as Ploomes sends them: every result, lists and single records alike, is
 * `{"@odata.context": ".../$metadata#<Set>", "value": [...]}` (research §1.6; clients read `value[0]`
 * after a POST). `@odata.count` comes with `$count=true` or `$inlinecount=allpages`.
 */
import type { Context } from 'hono';
import type { JsonObject } from '../../../util/json.ts';

export interface ODataListBody {
  '@odata.context': string;
  '@odata.count'?: number;
  value: JsonObject[];
}

/**
 * @example odataList(c, 'ploomes', 'Contacts', page, { count: 120 })
 */
export function odataList(c: Context, providerId: string, set: string, value: JsonObject[], { count, select }: { count?: number | undefined; select?: string[] | undefined } = {}): ODataListBody {
  const origin = new URL(c.req.url).origin;
  const selected = select ? `(${select.join(',')})` : '';
  return { '@odata.context': `${origin}/mock/${providerId}/$metadata#${set}${selected}`, ...(count !== undefined ? { '@odata.count': count } : {}), value };
}

/** The header ASP.NET OData sends with every response. */
export const odataHeaders = { 'OData-Version': '4.0' } as const;
