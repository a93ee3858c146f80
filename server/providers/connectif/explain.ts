/**
 * @module Explains how a recorded Connectif attempt was authenticated: no signature, the static
 * headers of the credentials (the event type's secret `webhookHeaders`), sent unchanged.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import type { ConnectifCredentials } from './credentials.ts';
import { connectifScheme } from './verify.ts';

/**
 * Undefined when none of the credential headers came (`signature=missing`, or an Email Integration
 * webhook while `emailIntegration.headers` is off).
 * @example explainConnectif({ request, credentials, settings }).keys // [{ label: 'X-Connectif-Token header', credential: 'X-Connectif-Token' }]
 */
export function explainConnectif({ request, credentials }: Pick<ExplainContext<ConnectifCredentials>, 'request' | 'credentials'>): SignatureExplanation | undefined {
  // verification() lists each header under its own name, as configured.
  const configured = new Map(Object.keys(credentials.headers).map((name) => [name.toLowerCase(), name]));
  const sent = Object.entries(request.headers).filter(([name]) => configured.has(name.toLowerCase()));
  if (sent.length === 0) return undefined;
  const keys = sent.map(([name]) => ({ label: `${name} header`, credential: configured.get(name.toLowerCase()) ?? name }));
  return {
    scheme: connectifScheme,
    summary: `No signature and no timestamp: Connectif sends the static headers you gave the event type (${sent.map(([name]) => name).join(', ')}) unchanged on every call. Compare each with its value in constant time.`,
    headers: sent.map(([name, value]) => ({ name, value, computedAs: `the static ${name} header of the event type, sent as is` })),
    keys,
    snippet: snippet(sent.map(([name]) => name.toLowerCase()), keys.map((k) => k.credential)),
  };
}

/** A single-quoted TypeScript string literal. */
const quote = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;

function snippet(headers: string[], credentials: string[]): string {
  const pairs = headers.map((name, i) => `[${quote(name)}, keys[${quote(credentials[i] ?? name)}]]`);
  return `import { timingSafeEqual } from 'node:crypto';

/** keys: the header values \`hookbench credentials connectif\` prints, by name. Header names lower-case, as Node gives them. */
export function isFromConnectif(req: { headers: Record<string, string | undefined> }, keys: Record<string, string>): boolean {
  const expected: [string, string | undefined][] = [${pairs.join(', ')}];
  return expected.every(([name, value]) => {
    const got = Buffer.from(req.headers[name] ?? '', 'utf8');
    const want = Buffer.from(value ?? '', 'utf8');
    return value !== undefined && got.length === want.length && timingSafeEqual(got, want);
  });
}

// then: GET ?email=&ip= is an Email Integration subscription change; a JSON body is a send event or a bounce.
`;
}
