/**
 * @module Explains how a recorded HubSpot attempt was signed: v3 (HMAC over method + URI + body +
 * timestamp), and/or the v1 or v2 SHA-256 digest of the client secret followed by the request, each
 * rebuilt from the request as sent. HubSpot's v1/v2 are not HMACs: their `signedContent` is what follows
 * the client secret.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import type { HubSpotCredentials } from './credentials.ts';
import { hubspotHeaders } from './headers.ts';
import { hubspotRequestUri } from './request-uri.ts';
import { maxTimestampAgeMs } from './verify.ts';
import { quote } from '../explain-snippets.ts';

type Header = SignatureExplanation['headers'][number];

/**
 * Undefined when none of X-HubSpot-Signature-v3, X-HubSpot-Request-Timestamp and X-HubSpot-Signature came
 * (X-HubSpot-Signature-Version alone is not authentication: encode writes it, a `missing` fault keeps it).
 * @example explainHubSpot({ request, credentials, settings }).scheme // 'hubspot-v3'
 */
export function explainHubSpot({ request }: Pick<ExplainContext<HubSpotCredentials>, 'request'>): SignatureExplanation | undefined {
  const find = (wanted: string) => Object.keys(request.headers).find((name) => name.toLowerCase() === wanted.toLowerCase());
  const v3 = find(hubspotHeaders.signatureV3);
  const timestamp = find(hubspotHeaders.timestamp);
  const legacy = find(hubspotHeaders.signature);
  if (v3 === undefined && timestamp === undefined && legacy === undefined) return undefined;
  const versionName = find(hubspotHeaders.signatureVersion);
  // The official SDK assumes v1 when no version is given.
  const legacyVersion = versionName !== undefined && request.headers[versionName] === 'v2' ? 'v2' : 'v1';
  const ts = timestamp === undefined ? '' : (request.headers[timestamp] ?? '');
  const uri = hubspotRequestUri(request.url);

  const headers: Header[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === v3) headers.push({ name, value, computedAs: 'base64(HMAC-SHA256(client secret, method + URI + body + timestamp))', signedContent: request.method + uri + request.body + ts });
    if (name === timestamp) headers.push({ name, value, computedAs: 'milliseconds since the epoch when this attempt was signed' });
    if (name === legacy && legacyVersion === 'v1') headers.push({ name, value, computedAs: 'hex(sha256(client secret + body)) (v1)', signedContent: request.body });
    if (name === legacy && legacyVersion === 'v2') headers.push({ name, value, computedAs: 'hex(sha256(client secret + method + URL + body)) (v2)', signedContent: request.method + request.url + request.body });
  }
  const scheme = v3 !== undefined || legacy === undefined ? 'hubspot-v3' : `hubspot-${legacyVersion}`;
  return {
    scheme,
    summary: scheme === 'hubspot-v3' ? summaryV3(uri !== request.url, legacy !== undefined) : summaryLegacy(legacyVersion),
    headers,
    keys: [{ label: 'client secret', credential: 'clientSecret' }],
    snippet: hubspotSnippet(
      scheme === 'hubspot-v3'
        ? { version: 'v3', signature: (v3 ?? hubspotHeaders.signatureV3).toLowerCase(), timestamp: (timestamp ?? hubspotHeaders.timestamp).toLowerCase() }
        : { version: legacyVersion, signature: (legacy ?? hubspotHeaders.signature).toLowerCase() },
    ),
  };
}

function summaryV3(decoded: boolean, withLegacy: boolean): string {
  return (
    `Recompute base64(HMAC-SHA256) keyed with the client secret over method + URI + raw body + X-HubSpot-Request-Timestamp and compare it with X-HubSpot-Signature-v3 in constant time; reject timestamps older than ${maxTimestampAgeMs / 60_000} minutes.` +
    (decoded ? ' The URI is the full URL with %3A, %2F, %3F, %40 and the like decoded, as HubSpot signs it.' : ' The URI is the full URL as called.') +
    (withLegacy ? ' X-HubSpot-Signature carries the older v1 digest as well.' : '')
  );
}

function summaryLegacy(version: 'v1' | 'v2'): string {
  const over = version === 'v1' ? 'client secret + raw body' : 'client secret + method + full URL + raw body';
  return `Recompute hex(sha256(${over})) (${version}, as X-HubSpot-Signature-Version says; a plain digest, not an HMAC) and compare it with X-HubSpot-Signature in constant time. There is no timestamp, so no replay window.`;
}


type SnippetInput = { version: 'v3'; signature: string; timestamp: string } | { version: 'v1' | 'v2'; signature: string };

/** The docs' receiver (docs/providers/hubspot.md) for the version and header names this request used. */
function hubspotSnippet(input: SnippetInput): string {
  const head = `/**
 * keys.clientSecret: your app's client secret (\`hookbench credentials hubspot\`). req.url: the full URL HubSpot
 * called (scheme, host, path, query); rawBody: the bytes received, before any JSON parsing; header names lower-case.
 */
export function isFromHubSpot(req: { method: string; url: string; headers: Record<string, string | undefined>; rawBody: string }, keys: { clientSecret: string }): boolean {
  const signature = req.headers[${quote(input.signature)}];`;
  const compare = `  // ${input.version === 'v3' ? 'Compare the text, as the SDK does: decoding base64 first would ignore its padding bits.' : 'Compare in constant time.'}
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}
`;
  if (input.version !== 'v3') {
    const over = input.version === 'v1' ? 'keys.clientSecret + req.rawBody' : 'keys.clientSecret + req.method + req.url + req.rawBody';
    return `import { createHash, timingSafeEqual } from 'node:crypto';

${head}
  if (!signature) return false;
  // ${input.version}: a plain SHA-256 of the secret followed by the request, not an HMAC.
  const expected = createHash('sha256').update(${over}, 'utf8').digest('hex');
${compare}`;
  }
  return `import { createHmac, timingSafeEqual } from 'node:crypto';

const decode = (uri: string) =>
  uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

${head}
  const timestamp = req.headers[${quote(input.timestamp)}];
  if (!signature || !timestamp || !/^\\d+$/.test(timestamp)) return false;
  if (Date.now() - Number(timestamp) > ${maxTimestampAgeMs}) return false; // replay window: 5 minutes
  const expected = createHmac('sha256', keys.clientSecret)
    .update(\`\${req.method}\${decode(req.url)}\${req.rawBody}\${timestamp}\`, 'utf8')
    .digest('base64');
${compare}`;
}
