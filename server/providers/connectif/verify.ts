/**
 * @module Checks an inbound request the way a Connectif receiver should: every configured static
 * header present with its exact value, compared in constant time. There is nothing else to check:
 * no signature, no timestamp.
 */
import { safeEqual } from '../../signing/hmac.ts';
import type { VerifyContext, VerifyResult } from '../types.ts';
import type { ConnectifCredentials } from './credentials.ts';
import { recognise } from './recognise.ts';
import type { ConnectifSettings } from './settings.ts';

export const connectifScheme = 'static-headers';
const scheme = connectifScheme;

/**
 * Undefined when the request does not look like Connectif's.
 * @example verifyConnectif({ request, credentials, settings }) // { ok: false, scheme: 'static-headers', reason: 'X-Connectif-Token is missing: …' }
 */
export function verifyConnectif({
  request,
  credentials,
  settings,
}: Pick<VerifyContext<ConnectifCredentials, ConnectifSettings>, 'request' | 'credentials' | 'settings'>): VerifyResult | undefined {
  const seen = recognise(request, settings, credentials);
  if (!seen) return undefined;
  const expected = Object.entries(credentials.headers);
  if (seen.kind === 'email' && settings?.emailIntegration.headers === false) return { ok: true, scheme };
  if (expected.length === 0) return { ok: true, scheme };

  const missing: string[] = [];
  const wrong: string[] = [];
  // Every header is compared, even after a failure, so the time taken does not tell which one was wrong.
  for (const [name, value] of expected) {
    const got = request.headers[name.toLowerCase()];
    if (got === undefined) missing.push(name);
    else if (!safeEqual(got, value)) wrong.push(name);
  }
  const what = seen.kind === 'headers' ? 'this request' : seen.event;
  if (missing.length > 0) {
    return {
      ok: false,
      scheme,
      reason: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing on ${what}: Connectif sends the static headers you add to the event type's webhookHeaders on every call`,
    };
  }
  if (wrong.length > 0) {
    return { ok: false, scheme, reason: `${wrong.join(', ')} ${wrong.length === 1 ? 'does' : 'do'} not match the value in the workbench's credentials (hookbench credentials connectif)` };
  }
  return { ok: true, scheme };
}
