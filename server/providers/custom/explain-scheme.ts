/**
 * @module Explains how a recorded attempt of a user-defined provider was authenticated, per signing
 * scheme: the templated HMAC or Ed25519 header (signed content rebuilt from the request's own headers),
 * the static secret header, or Standard Webhooks (the `standard` provider's own explainer).
 */
import { explainStandard } from '../standard/explain.ts';
import type { StandardCredentials } from '../standard/index.ts';
import type { SignatureExplanation } from '../types.ts';
import type { SigningConfig } from './custom-provider-schema.ts';
import { templatedSnippet, staticHeaderSnippet } from './explain-snippet.ts';
import { fillTemplate, readTemplate } from './fill-template.ts';

export interface ExplainSchemeInput {
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  credentials: Record<string, unknown>;
}

export type ExplainScheme = (input: ExplainSchemeInput) => SignatureExplanation | undefined;

type Templated = Extract<SigningConfig, { scheme: 'hmac' | 'ed25519' }>;

/**
 * The explainer of a scheme; undefined for `none`, which has nothing to explain.
 * @example explainScheme({ scheme: 'static-header', header: 'X-Key', template: '{secret}' })?.({ request, credentials })?.keys // [{ label: 'secret', credential: 'secret' }]
 */
export function explainScheme(config: SigningConfig, functionName = 'isFromProvider'): ExplainScheme | undefined {
  switch (config.scheme) {
    case 'hmac':
    case 'ed25519':
      return (input) => explainTemplated(config, input, functionName);
    case 'static-header':
      return (input) => explainStaticHeader(config, input, functionName);
    case 'standard-webhooks':
      return ({ request, credentials }) => explainStandard({ request, credentials: credentials as StandardCredentials, functionName });
    case 'none':
      return undefined;
  }
}

const find = (headers: Record<string, string>, wanted: string | undefined) =>
  wanted === undefined ? undefined : Object.keys(headers).find((name) => name.toLowerCase() === wanted.toLowerCase());

function explainTemplated(config: Templated, { request }: ExplainSchemeInput, functionName: string): SignatureExplanation | undefined {
  const [header, timestampHeader, idHeader] = [find(request.headers, config.header), find(request.headers, config.timestampHeader), find(request.headers, config.idHeader)];
  if (header === undefined && timestampHeader === undefined && idHeader === undefined) return undefined;
  // Where the verifier reads them: the signature header's own template first, then the separate headers.
  const read = header === undefined ? undefined : readTemplate(config.headerTemplate, request.headers[header] ?? '');
  const timestamp = read?.timestamp ?? (timestampHeader === undefined ? undefined : request.headers[timestampHeader]);
  const id = read?.id ?? (idHeader === undefined ? undefined : request.headers[idHeader]);
  const content = fillTemplate(config.signedContent, { body: request.body, timestamp, id, url: request.url, method: request.method });
  const isHmac = config.scheme === 'hmac';
  const formula = isHmac
    ? `${config.encoding}(HMAC-${config.algorithm.toUpperCase()}(secret, "${config.signedContent}"))`
    : `${config.encoding}(Ed25519(private key, "${config.signedContent}"))`;

  const headers: SignatureExplanation['headers'] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === header) headers.push({ name, value, computedAs: fillTemplate(config.headerTemplate, { signature: formula }), signedContent: content });
    if (name === timestampHeader) headers.push({ name, value, computedAs: `${config.timestampUnit === 's' ? 'seconds' : 'milliseconds'} since the epoch when this attempt was signed` });
    if (name === idHeader) headers.push({ name, value, computedAs: 'the event id' });
  }
  const window = config.signedContent.includes('{timestamp}') ? ` Refuse timestamps more than ${config.toleranceSeconds} s from your clock.` : ' Nothing signed is timestamped, so there is no replay window.';
  return {
    scheme: isHmac ? `hmac-${config.algorithm}` : 'ed25519',
    summary: `Rebuild "${config.signedContent}" from the request and ${isHmac ? `compare ${config.encoding}(HMAC-${config.algorithm.toUpperCase()}) keyed with the secret` : 'verify the Ed25519 signature with the public key'} against the signature in ${config.header}.${window}`,
    headers,
    keys: [isHmac ? { label: 'secret', credential: 'secret' } : { label: 'public key', credential: 'publicKey' }],
    snippet: templatedSnippet(config, functionName),
  };
}

function explainStaticHeader(config: Extract<SigningConfig, { scheme: 'static-header' }>, { request }: ExplainSchemeInput, functionName: string): SignatureExplanation | undefined {
  const header = find(request.headers, config.header);
  if (header === undefined) return undefined;
  return {
    scheme: 'static-header',
    summary: `No signature and no timestamp: every delivery carries the same secret in ${header}. Compare it with "${config.template}" filled with your secret, in constant time.`,
    headers: [{ name: header, value: request.headers[header] ?? '', computedAs: fillTemplate(config.template, { secret: '<secret>' }) }],
    keys: [{ label: 'secret', credential: 'secret' }],
    snippet: staticHeaderSnippet(config, functionName),
  };
}
