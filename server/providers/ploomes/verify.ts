/**
 * @module Checks an inbound request the way a Ploomes receiver should: the
 * `X-Ploomes-Validation-Key` header against the workbench's key, in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import { isJsonObject } from '../../util/json.ts';
import type { VerifyContext, VerifyResult } from '../types.ts';
import type { PloomesCredentials } from './credentials.ts';
import type { PloomesSettings } from './settings.ts';

const scheme = 'validation-key';
const header = 'x-ploomes-validation-key';

/**
 * Undefined when the request carries neither the header nor a Ploomes envelope.
 * @example verifyPloomes({ request, credentials, now }) // { ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' }
 */
export function verifyPloomes({
  request,
  credentials,
  settings,
}: Pick<VerifyContext<PloomesCredentials, Pick<PloomesSettings, 'validationKey'> | undefined>, 'request' | 'credentials'> & {
  settings?: Pick<PloomesSettings, 'validationKey'> | undefined;
}): VerifyResult | undefined {
  const got = request.headers[header];
  if (got === undefined && !looksLikeEnvelope(request.body)) return undefined;
  // As the signer does: a key set in the settings wins over the workbench's credential.
  const expected = settings?.validationKey ?? credentials.validationKey;
  if (expected === '') {
    return got === undefined || got === ''
      ? { ok: true, scheme }
      : { ok: false, scheme, reason: 'X-Ploomes-Validation-Key was sent, but the workbench has no validation key configured' };
  }
  if (got === undefined) return { ok: false, scheme, reason: 'X-Ploomes-Validation-Key is missing' };
  if (!constantTimeEqual(got, expected)) {
    return { ok: false, scheme, reason: "X-Ploomes-Validation-Key does not match the workbench's validation key" };
  }
  return { ok: true, scheme };
}

/** timingSafeEqual throws on different lengths; compare against itself then, so timing stays flat. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(right, right);
    return false;
  }
  return timingSafeEqual(left, right);
}

function looksLikeEnvelope(body: string): boolean {
  if (!body.includes('"Action"')) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    return isJsonObject(parsed) && 'Action' in parsed && 'Entity' in parsed && ('New' in parsed || 'Old' in parsed);
  } catch {
    return false;
  }
}
