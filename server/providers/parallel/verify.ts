/**
 * @module Checks an inbound request the way a Parallel receiver should (research §1.4): any
 * `X-Parallel-Signature-V2-N` verifying with any of the workbench's public keys over
 * `url + timestamp + body`; only when no V2 header came, the legacy body-only ones. Then the
 * timestamp's age, against the window in the settings (Parallel publishes none).
 */
import { verifyEd25519 } from '../../signing/ed25519.ts';
import type { VerifyContext, VerifyResult } from '../types.ts';
import type { ParallelCredentials } from './credentials.ts';
import { parseSignatureHeader, timestampHeader, userAgent, v1Header, v2Header } from './headers.ts';
import type { ParallelSettings } from './settings.ts';

const scheme = 'ed25519';

interface ReceivedSignature {
  /** As Parallel spells it, for messages. */
  name: string;
  version: 1 | 2;
  value: string;
}

/**
 * Undefined when the request carries neither a Parallel signature header nor Parallel's User-Agent.
 * @example verifyParallel({ request, credentials, now, settings }) // { ok: true, scheme: 'ed25519-v2' }
 */
export function verifyParallel({
  request,
  credentials,
  now,
  settings,
}: Pick<VerifyContext<ParallelCredentials, Pick<ParallelSettings, 'timestampToleranceSeconds'>>, 'request' | 'credentials' | 'now' | 'settings'>):
  | VerifyResult
  | undefined {
  const { headers, url, body } = request;
  const signatures = receivedSignatures(headers);
  const timestamp = headers[timestampHeader.toLowerCase()];
  if (timestamp === undefined && signatures.length === 0 && !headers['user-agent']?.startsWith(userAgent)) return undefined;
  if (timestamp === undefined) return fail(`${timestampHeader} is missing: Parallel sends it (milliseconds since the epoch) with every delivery, and V2 signatures cover it`);
  if (!/^\d{1,16}$/.test(timestamp)) return fail(`${timestampHeader} "${timestamp}" is not a timestamp in milliseconds`);
  if (signatures.length === 0) {
    return fail(`no ${v2Header(1)} or ${v1Header(1)} header: Parallel sends one pair per signature key of the subscription`);
  }

  const publicKeys = credentials.keys.map((k) => k.publicKey);
  const v2 = signatures.filter((s) => s.version === 2);
  const checked = v2.length > 0 ? v2 : signatures;
  const message = v2.length > 0 ? url + timestamp + body : body;
  if (!checked.some((s) => wellFormed(s.value) && publicKeys.some((key) => verifyEd25519(key, message, s.value)))) {
    return fail(mismatch({ checked, signatures, publicKeys, url, body }));
  }

  const stale = staleness(Number(timestamp), now, settings.timestampToleranceSeconds);
  if (stale) return fail(stale);
  return { ok: true, scheme: v2.length > 0 ? 'ed25519-v2' : 'ed25519-v1' };
}

function fail(reason: string): VerifyResult {
  return { ok: false, scheme, reason };
}

/** Signature headers in the order a receiver reads them: V2 first, then by key position. */
function receivedSignatures(headers: Record<string, string>): ReceivedSignature[] {
  const out: (ReceivedSignature & { n: number })[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const parsed = parseSignatureHeader(name);
    if (!parsed) continue;
    out.push({ ...parsed, value, name: parsed.version === 2 ? v2Header(parsed.n) : v1Header(parsed.n) });
  }
  return out.sort((a, b) => b.version - a.version || a.n - b.n);
}

/**
 * Canonical base64 of exactly 64 bytes. Node's decoder ignores stray bits and characters, so a header
 * altered in its last character could otherwise decode to the very same signature.
 */
function wellFormed(value: string): boolean {
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 64 && bytes.toString('base64') === value;
}

interface MismatchInput {
  checked: ReceivedSignature[];
  signatures: ReceivedSignature[];
  publicKeys: string[];
  url: string;
  body: string;
}

function mismatch({ checked, signatures, publicKeys, url, body }: MismatchInput): string {
  const keys = publicKeys.length === 1 ? 'public key 1' : `any of the ${publicKeys.length} public keys`;
  const each = checked.map((s) => (wellFormed(s.value) ? `${s.name} does not match ${keys}` : `${s.name} is not the base64 of a 64-byte Ed25519 signature`));
  const isV2 = checked[0]?.version === 2;
  const bodyOnly = signatures.find((s) => s.version === 1 && wellFormed(s.value) && publicKeys.some((key) => verifyEd25519(key, body, s.value)));
  if (isV2 && bodyOnly) {
    return `${each.join('; ')}, but ${bodyOnly.name} (body only) does: the V2 signature covers the URL and the timestamp, so the request was signed for another URL than ${url} (Parallel signs the eventsUrl exactly as registered) or its timestamp header was changed`;
  }
  if (checked.every((s) => !wellFormed(s.value))) return `${each.join('; ')}: the header was changed on the way`;
  const over = isV2 ? `URL + timestamp + body (URL ${url})` : 'the body';
  return `${each.join('; ')}, signed over ${over}: was it signed with another key (compare with \`hookbench credentials parallel\`), or were the bytes changed on the way?`;
}

function staleness(timestampMs: number, now: Date, toleranceSeconds: number | null): string | undefined {
  if (toleranceSeconds === null) return undefined;
  const ageSeconds = Math.round((now.getTime() - timestampMs) / 1000);
  if (Math.abs(ageSeconds) <= toleranceSeconds) return undefined;
  const when = ageSeconds > 0 ? `${ageSeconds} s old` : `${-ageSeconds} s in the future`;
  return `${timestampHeader} is ${when}; the sink accepts ${toleranceSeconds} s either way (Parallel publishes no window: change timestampToleranceSeconds in the settings, or null to skip the check)`;
}
