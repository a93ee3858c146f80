/**
 * @module Checks an inbound request as a Standard Webhooks receiver does: the three headers, the
 * timestamp within five minutes, then any `v1` or `v1a` entry of `webhook-signature` made with the
 * workbench's keys (current or, during a rotation, previous). Unknown versions are skipped, as the
 * libraries do.
 */
import type { VerifyContext, VerifyResult } from '../types.ts';
import { checkTimestamp } from './check-timestamp.ts';
import { keySetsOf, type StandardCredentials } from './credentials.ts';
import { standardHeaderNames, type WebhookHeaderNames } from './headers.ts';
import { matchesV1, matchesV1a, signedContent } from './signatures.ts';

const scheme = 'standard-webhooks';

export interface VerifyStandardInput extends Pick<VerifyContext<StandardCredentials>, 'request' | 'credentials' | 'now'> {
  names?: WebhookHeaderNames;
}

/**
 * Undefined when none of the three headers is there: the request is not a Standard Webhooks one.
 * @example verifyStandard({ request, credentials, now }) // { ok: true, scheme: 'standard-webhooks-v1' }
 */
export function verifyStandard({ request, credentials, now, names = standardHeaderNames }: VerifyStandardInput): VerifyResult | undefined {
  const [id, timestamp, signature] = [names.id, names.timestamp, names.signature].map((n) => request.headers[n]);
  if (id === undefined && timestamp === undefined && signature === undefined) return undefined;
  const missing = [names.id, names.timestamp, names.signature].filter((n) => !request.headers[n]);
  if (id === undefined || timestamp === undefined || signature === undefined || missing.length > 0) {
    return fail(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; a delivery carries ${names.id}, ${names.timestamp} and ${names.signature}`);
  }

  const clock = checkTimestamp(timestamp, now, names.timestamp);
  if (!clock.ok) return fail(clock.reason);

  const entries = signature.split(' ').filter((e) => e !== '').map(splitEntry);
  const v1 = entries.filter((e) => e.version === 'v1');
  const v1a = entries.filter((e) => e.version === 'v1a');
  if (v1.length + v1a.length === 0) {
    return fail(`${names.signature} has no v1 or v1a entry; expected space-separated "v1,<base64 HMAC>" or "v1a,<base64 Ed25519>"`);
  }

  const content = signedContent({ id, timestamp: clock.seconds, body: request.body });
  const keySets = keySetsOf(credentials);
  for (const keys of keySets) {
    if (v1.some((e) => matchesV1(keys.secret, content, e.value))) return { ok: true, scheme: `${scheme}-v1` };
    const publicKey = keys.ed25519?.publicKey;
    if (publicKey && v1a.some((e) => matchesV1a(publicKey, content, e.value))) return { ok: true, scheme: `${scheme}-v1a` };
  }
  return fail(mismatch({ v1: v1.length, v1a: v1a.length, hasPublicKey: keySets.some((k) => k.ed25519 !== undefined), names }));
}

function splitEntry(entry: string): { version: string; value: string } {
  const comma = entry.indexOf(',');
  return comma === -1 ? { version: entry, value: '' } : { version: entry.slice(0, comma), value: entry.slice(comma + 1) };
}

function mismatch({ v1, v1a, hasPublicKey, names }: { v1: number; v1a: number; hasPublicKey: boolean; names: WebhookHeaderNames }): string {
  const counted = [v1 > 0 ? `${v1} v1` : '', v1a > 0 ? `${v1a} v1a` : ''].filter(Boolean).join(' and ');
  const noKey = v1a > 0 && !hasPublicKey ? "; the v1a entries cannot be checked: the workbench's credentials have no whpk_ public key" : '';
  return (
    `no ${names.signature} entry (${counted}) matches the workbench's keys over "<${names.id}>.<${names.timestamp}>.<raw body>"` +
    ` — was the body re-serialised, the ${names.id} altered, or another secret used?${noKey}`
  );
}

function fail(reason: string): VerifyResult {
  return { ok: false, scheme, reason };
}
