/**
 * @module The wire request of a Standard Webhooks delivery: a POST of the compact JSON body with
 * `Content-Type: application/json` and, by default, the User-Agent of Svix's server (worker.rs
 * sets exactly these two next to the signature headers).
 */
import type { EncodeContext, WireRequest } from '../types.ts';
import type { StandardSettings } from './settings.ts';

/**
 * @example encodeStandard({ payload: { type: 'user.created' }, target: 'http://127.0.0.1:3000/hook', settings }).body // '{"type":"user.created"}'
 */
export function encodeStandard({ payload, target, settings }: Pick<EncodeContext<StandardSettings>, 'payload' | 'target' | 'settings'>): WireRequest {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (settings.userAgent !== '') headers['User-Agent'] = settings.userAgent;
  return { method: 'POST', url: target, headers, body: JSON.stringify(payload) };
}
