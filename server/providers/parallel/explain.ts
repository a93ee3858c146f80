/**
 * @module Explains how a recorded Parallel attempt was signed: per key N, `X-Parallel-Signature-V2-N`
 * = Ed25519 over URL + `X-Parallel-Signature-Timestamp` + body and the legacy `X-Parallel-Signature-N`
 * over the body, rebuilt from the request as sent.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import { parallelCredentials, type ParallelCredentials } from './credentials.ts';
import { parseSignatureHeader, timestampHeader } from './headers.ts';
import type { ParallelSettings } from './settings.ts';
import { quote } from '../explain-snippets.ts';

type Header = SignatureExplanation['headers'][number];

/**
 * Undefined when the attempt carried neither the timestamp nor a signature header.
 * @example explainParallel({ request, credentials, settings }).headers[2] // { name: 'X-Parallel-Signature-V2-1', signedContent: url + ts + body, … }
 */
export function explainParallel({
  request,
  credentials,
  settings,
}: Pick<ExplainContext<ParallelCredentials, Pick<ParallelSettings, 'timestampToleranceSeconds'>>, 'request' | 'credentials' | 'settings'>):
  | SignatureExplanation
  | undefined {
  const timestampName = Object.keys(request.headers).find((name) => name.toLowerCase() === timestampHeader.toLowerCase());
  const ts = timestampName === undefined ? '' : (request.headers[timestampName] ?? '');
  const headers: Header[] = [];
  const signatures: { name: string; version: 1 | 2; n: number }[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === timestampName) headers.push({ name, value, computedAs: 'milliseconds since the epoch when this attempt was signed' });
    const parsed = parseSignatureHeader(name.toLowerCase());
    if (!parsed) continue;
    signatures.push({ name: name.toLowerCase(), ...parsed });
    headers.push(
      parsed.version === 2
        ? { name, value, computedAs: `base64(Ed25519(private key ${parsed.n}, URL + timestamp + body))`, signedContent: request.url + ts + request.body }
        : { name, value, computedAs: `base64(Ed25519(private key ${parsed.n}, body)) (legacy V1)`, signedContent: request.body },
    );
  }
  if (headers.length === 0) return undefined;

  // The key that made header N is the subscription's N-th; name it only while the workbench still has one there.
  const shown = parallelCredentials.verification(credentials);
  const keys = [...new Set(signatures.map((s) => s.n))]
    .sort((a, b) => a - b)
    .filter((n) => `publicKey${n}` in shown)
    .map((n) => ({ label: `public key ${n}`, credential: `publicKey${n}` }));
  const hasV2 = signatures.some((s) => s.version === 2);
  const checked = signatures.filter((s) => s.version === (hasV2 ? 2 : 1)).map((s) => s.name);
  const tolerance = settings.timestampToleranceSeconds;
  return {
    scheme: hasV2 ? 'ed25519-v2' : signatures.length > 0 ? 'ed25519-v1' : 'ed25519',
    summary: `${hasV2 ? summaryV2 : summaryV1} ${tolerance === null ? 'Parallel publishes no replay window, and the sink checks none.' : `Parallel publishes no replay window; hookbench's sink refuses timestamps more than ${tolerance} s from its clock.`}`,
    headers,
    keys,
    snippet: snippet({ timestamp: (timestampName ?? timestampHeader).toLowerCase(), signatures: checked, overUrl: hasV2, keys: keys.map((k) => k.credential), toleranceMs: (tolerance ?? 300) * 1000 }),
  };
}

const summaryV2 =
  'Verify any X-Parallel-Signature-V2-N with any of the public keys (Ed25519) over URL + X-Parallel-Signature-Timestamp + body, the URL being the eventsUrl exactly as registered; the legacy X-Parallel-Signature-N sign the body alone.';
const summaryV1 = 'Only legacy signatures came: verify any X-Parallel-Signature-N with any of the public keys (Ed25519) over the body.';


interface SnippetInput {
  timestamp: string;
  signatures: string[];
  overUrl: boolean;
  keys: string[];
  toleranceMs: number;
}

function snippet({ timestamp, signatures, overUrl, keys, toleranceMs }: SnippetInput): string {
  const keyType = keys.map((k) => `${k}: string`).join('; ');
  return `import { createPublicKey, verify } from 'node:crypto';

/**
 * keys: the public keys \`hookbench credentials parallel\` prints (base64 SPKI). req.url: the full URL called
 * (Parallel signs its eventsUrl exactly as registered); rawBody: the bytes received; header names lower-case.
 */
export function isFromParallel(req: { url: string; headers: Record<string, string | undefined>; rawBody: string }, keys: { ${keyType} }): boolean {
  const ts = req.headers[${quote(timestamp)}];
  if (!ts || !/^\\d+$/.test(ts) || Math.abs(Date.now() - Number(ts)) > ${toleranceMs}) return false;
  const signatures = [${signatures.map(quote).join(', ')}].map((name) => req.headers[name] ?? '');
  const message = Buffer.from(${overUrl ? 'req.url + ts + req.rawBody' : 'req.rawBody'});
  return [${keys.map((k) => `keys.${k}`).join(', ')}].some((pk) => {
    const key = createPublicKey({ key: Buffer.from(pk, 'base64'), format: 'der', type: 'spki' });
    return signatures.some((sig) => verify(null, message, key, Buffer.from(sig, 'base64')));
  });
}

// then: const event = JSON.parse(rawBody); dedupe on event.id; switch on event.type.
`;
}
