/**
 * @module Tells an idloom delivery by its record, for the built-in sink: a guest has `uid` and
 * `event_uid`; an event has `uid`, `start_date` and `status`. The record is the JSON body or, for a
 * GET webhook, the query string.
 */
import { isJsonObject } from '../../util/json.ts';
import type { ReceivedRequest } from '../types.ts';

/**
 * @example looksLikeIdloomRecord({ method: 'POST', url: '/sink/x', headers: {}, body: '{"uid":"a","event_uid":"b"}' }) // true
 */
export function looksLikeIdloomRecord({ body, url }: Pick<ReceivedRequest, 'body' | 'url'>): boolean {
  const keys = bodyKeys(body) ?? queryKeys(url);
  if (!keys.has('uid')) return false;
  return keys.has('event_uid') || (keys.has('start_date') && keys.has('status'));
}

function bodyKeys(body: string): Set<string> | undefined {
  if (!body.includes('"uid"')) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return isJsonObject(parsed) ? new Set(Object.keys(parsed)) : undefined;
  } catch {
    return undefined;
  }
}

function queryKeys(url: string): Set<string> {
  try {
    return new Set(new URL(url, 'http://sink.invalid').searchParams.keys());
  } catch {
    return new Set();
  }
}
