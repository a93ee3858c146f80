/**
 * @module Explains how a recorded Connectif attempt was authenticated: no signature, the static
 * headers of the credentials (the event type's secret `webhookHeaders`), sent unchanged.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import type { ConnectifCredentials } from './credentials.ts';
import { connectifScheme } from './verify.ts';
import { staticHeadersSnippet } from '../explain-snippets.ts';

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
    snippet: staticHeadersSnippet({
      provider: 'connectif',
      functionName: 'isFromConnectif',
      headers: sent.map(([name]) => name.toLowerCase()),
      credentials: keys.map((k) => k.credential),
      then: 'GET ?email=&ip= is an Email Integration subscription change; a JSON body is a send event or a bounce.',
    }),
  };
}
