/**
 * @module Explains how a recorded idloom attempt was authenticated: no signature, the custom headers
 * set on the webhook (the credentials' `headers`), sent unchanged.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import { idloomCredentials, type IdloomCredentials } from './credentials.ts';
import { idloomScheme } from './verify.ts';
import { staticHeadersSnippet } from '../explain-snippets.ts';

/**
 * Undefined when none of the credential headers came (`signature=missing`, or a webhook without any).
 * @example explainIdloom({ request, credentials, settings }).headers // [{ name: 'Authorization', value: 'Bearer q3J1…', computedAs: … }]
 */
export function explainIdloom({ request, credentials }: Pick<ExplainContext<IdloomCredentials>, 'request' | 'credentials'>): SignatureExplanation | undefined {
  const shown = Object.keys(idloomCredentials.verification(credentials));
  // verification() lists each header under its own name (or `headers.<name>` when it clashes with apiKey).
  const credentialOf = (name: string) => shown.find((label) => label === name || label === `headers.${name}`);
  const secret = new Map(Object.keys(credentials.headers).map((name) => [name.toLowerCase(), name]));
  const sent = Object.entries(request.headers).filter(([name]) => secret.has(name.toLowerCase()));
  if (sent.length === 0) return undefined;
  const keys = sent.flatMap(([name]) => {
    const credential = credentialOf(secret.get(name.toLowerCase()) ?? name);
    return credential ? [{ label: `${name} header`, credential }] : [];
  });
  return {
    scheme: idloomScheme,
    summary: `No signature and no timestamp: idloom sends the custom headers set on the webhook (${sent.map(([name]) => name).join(', ')}) unchanged on every delivery. Compare each with the value you set, in constant time.`,
    headers: sent.map(([name, value]) => ({ name, value, computedAs: `the ${name} header set on the webhook, sent as is` })),
    keys,
    snippet: staticHeadersSnippet({
      provider: 'idloom',
      functionName: 'isFromIdloom',
      headers: sent.map(([name]) => name.toLowerCase()),
      credentials: keys.map((k) => k.credential),
      then: 'const record = JSON.parse(rawBody) (GET: the query string); dedupe on `${record.uid}:${record.updated_at}`.',
    }),
  };
}
