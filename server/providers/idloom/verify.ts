/**
 * @module Checks an inbound request the way an idloom receiver should: every custom header of the
 * credentials present and equal, compared in constant time. There is nothing else to check: no
 * signature, no timestamp.
 */
import { safeEqual } from '../../signing/hmac.ts';
import type { VerifyContext, VerifyResult } from '../types.ts';
import type { IdloomCredentials } from './credentials.ts';
import { looksLikeIdloomRecord } from './record-shape.ts';

export const idloomScheme = 'static-headers';
const hint = 'idloom sends the custom headers set on the webhook; `hookbench credentials idloom` shows the expected ones';

/**
 * Undefined when the request neither carries an idloom record nor a matching header: another
 * provider's, even if it has an Authorization header of its own.
 * @example verifyIdloom({ request, credentials }) // { ok: false, scheme: 'static-headers', reason: 'Authorization is missing (…)' }
 */
export function verifyIdloom({ request, credentials }: Pick<VerifyContext<IdloomCredentials>, 'request' | 'credentials'>): VerifyResult | undefined {
  const checks = Object.entries(credentials.headers).map(([name, expected]) => {
    const got = request.headers[name.toLowerCase()];
    return { name, outcome: got === undefined ? 'missing' : safeEqual(got, expected) ? 'match' : 'mismatch' };
  });
  if (!looksLikeIdloomRecord(request) && !checks.some((c) => c.outcome === 'match')) return undefined;
  const failed = checks.filter((c) => c.outcome !== 'match');
  if (failed.length === 0) return { ok: true, scheme: idloomScheme };
  const problems = failed.map((c) => (c.outcome === 'missing' ? `${c.name} is missing` : `${c.name} does not match the workbench's value`));
  return { ok: false, scheme: idloomScheme, reason: `${problems.join('; ')} (${hint})` };
}
