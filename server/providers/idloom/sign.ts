/**
 * @module idloom's webhook "authentication": no signature, only the custom headers the organiser set
 * on the webhook (e.g. `Authorization: Bearer …`), sent unchanged on every delivery. Returning them
 * from sign() is what lets the `signature` faults corrupt or drop them.
 */
import type { SignContext } from '../types.ts';
import type { IdloomCredentials } from './credentials.ts';

/**
 * @example signIdloom({ credentials: { headers: { Authorization: 'Bearer t' }, apiKey: 'k' } }) // { Authorization: 'Bearer t' }
 */
export function signIdloom({ credentials }: Pick<SignContext<unknown, IdloomCredentials>, 'credentials'>): Record<string, string> {
  return { ...credentials.headers };
}
