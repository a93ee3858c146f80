/**
 * @module The wire request of a Parallel delivery: a POST of `JSON.stringify(event)` to the
 * subscription's `eventsUrl`, with Parallel's Content-Type and User-Agent (the signature headers
 * come from sign.ts, fresh per attempt).
 */
import type { EncodeContext, WireRequest } from '../types.ts';
import { userAgent } from './headers.ts';

/**
 * @example encodeParallel({ payload: { id: 'x' }, target: 'https://example.com/hook' }).headers['User-Agent'] // 'Parallel Webhooks (https://www.onparallel.com)'
 */
export function encodeParallel({ payload, target }: Pick<EncodeContext<unknown>, 'payload' | 'target'>): WireRequest {
  return {
    method: 'POST',
    url: target,
    headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify(payload),
  };
}
