/**
 * @module Parallel's signature headers for one attempt: the timestamp (ms), then for each key N
 * `X-Parallel-Signature-N` (body) and `X-Parallel-Signature-V2-N` (URL + timestamp + body), pure
 * Ed25519 through the shared signer. Source: EventSubscriptionService.ts (research §1.4).
 */
import { signEd25519 } from '../../signing/ed25519.ts';
import type { SignContext } from '../types.ts';
import type { ParallelCredentials } from './credentials.ts';
import { timestampHeader, v1Header, v2Header } from './headers.ts';
import type { ParallelSettings } from './settings.ts';

/**
 * @example signParallel({ request, credentials, now, settings })['X-Parallel-Signature-Timestamp'] // '1746467154000'
 */
export function signParallel({
  request,
  credentials,
  now,
  settings,
}: Pick<SignContext<Pick<ParallelSettings, 'v1Signatures'>, ParallelCredentials>, 'request' | 'credentials' | 'now' | 'settings'>): Record<string, string> {
  const timestamp = String(now.getTime());
  const body = request.body ?? '';
  const headers: Record<string, string> = { [timestampHeader]: timestamp };
  credentials.keys.forEach((key, i) => {
    if (settings.v1Signatures) headers[v1Header(i + 1)] = signEd25519(key.privateKey, body);
    // The URL exactly as registered: no normalisation, no separators (research §1.4).
    headers[v2Header(i + 1)] = signEd25519(key.privateKey, request.url + timestamp + body);
  });
  return headers;
}
