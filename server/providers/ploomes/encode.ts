/**
 * @module The wire request of a Ploomes delivery: a POST of the compact JSON body.
 * Content-Type with charset is inferred (Ploomes runs on .NET, whose JSON responses say so); no
 * User-Agent is sent because none was ever captured.
 */
import type { EncodeContext, WireRequest } from '../types.ts';

export const ploomesContentType = 'application/json; charset=utf-8';

/**
 * @example encodePloomes({ payload: { Action: 'Update' }, target: 'http://127.0.0.1:3000/hook', ... }).body // '{"Action":"Update"}'
 */
export function encodePloomes({ payload, target }: Pick<EncodeContext<unknown>, 'payload' | 'target'>): WireRequest {
  return { method: 'POST', url: target, headers: { 'Content-Type': ploomesContentType }, body: JSON.stringify(payload) };
}
