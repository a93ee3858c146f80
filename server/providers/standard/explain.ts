/**
 * @module Explains how a recorded Standard Webhooks attempt was signed: each `webhook-signature` entry
 * over `${webhook-id}.${webhook-timestamp}.${body}`, rebuilt from the request's own headers. Header names
 * are a parameter, like the signer's, so user-defined providers reuse it.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import { toleranceSeconds } from './check-timestamp.ts';
import { keySetsOf, standardCredentials, type StandardCredentials } from './credentials.ts';
import { standardHeaderNames, type WebhookHeaderNames } from './headers.ts';
import { signedContent } from './signatures.ts';
import { quote } from '../explain-snippets.ts';

type Header = SignatureExplanation['headers'][number];
type Key = SignatureExplanation['keys'][number];

export interface ExplainStandardInput extends Pick<ExplainContext<StandardCredentials>, 'request' | 'credentials'> {
  names?: WebhookHeaderNames;
  /** The snippet's function name. */
  functionName?: string;
}

/**
 * Undefined when none of the three headers came.
 * @example explainStandard({ request, credentials }).headers[2] // { name: 'webhook-signature', signedContent: 'msg_….1767268800.{…}', … }
 */
export function explainStandard({ request, credentials, names = standardHeaderNames, functionName = 'isStandardWebhook' }: ExplainStandardInput): SignatureExplanation | undefined {
  const find = (wanted: string) => Object.keys(request.headers).find((name) => name.toLowerCase() === wanted.toLowerCase());
  const [id, timestamp, signature] = [find(names.id), find(names.timestamp), find(names.signature)];
  if (id === undefined && timestamp === undefined && signature === undefined) return undefined;
  const valueOf = (name: string | undefined) => (name === undefined ? '' : (request.headers[name] ?? ''));
  const content = signedContent({ id: valueOf(id), timestamp: valueOf(timestamp), body: request.body });
  const entries = signatureEntries(valueOf(signature).split(' ').filter((e) => e !== ''), credentials);

  const headers: Header[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === id) headers.push({ name, value, computedAs: 'the message id: the same on every retry, the idempotency key' });
    if (name === timestamp) headers.push({ name, value, computedAs: 'seconds since the epoch when this attempt was signed' });
    if (name === signature) headers.push({ name, value, computedAs: entries.map((e) => e.formula).join(' + " " + ') || 'no v1 or v1a entry', signedContent: content });
  }
  const keys = uniqueKeys(entries.flatMap((e) => (e.key ? [e.key] : [])));
  const versions = [...new Set(entries.map((e) => e.version).filter((v) => v === 'v1' || v === 'v1a'))].sort();
  const lower = { id: (id ?? names.id).toLowerCase(), timestamp: (timestamp ?? names.timestamp).toLowerCase(), signature: (signature ?? names.signature).toLowerCase() };
  return {
    scheme: versions.length === 0 ? 'standard-webhooks' : `standard-webhooks-${versions.join('+')}`,
    summary: summary(versions, names),
    headers,
    keys,
    snippet: snippet({ functionName, names: lower, secrets: keysFor(entries, 'v1'), publicKeys: keysFor(entries, 'v1a') }),
  };
}

interface Entry {
  version: string;
  formula: string;
  key?: Key;
}

/**
 * The signer writes one entry per key set (current, then previous) and scheme: the i-th v1 entry is the
 * i-th set's secret, the i-th v1a entry the i-th set that has a key pair.
 */
function signatureEntries(raw: string[], credentials: StandardCredentials): Entry[] {
  const shown = standardCredentials.verification(credentials);
  const named = (key: Key | undefined) => (key && key.credential in shown ? { key } : {});
  const withPair = keySetsOf(credentials).flatMap((set, i) => (set.ed25519 ? [i] : []));
  let v1 = 0;
  let v1a = 0;
  return raw.map((entry) => {
    const version = entry.includes(',') ? entry.slice(0, entry.indexOf(',')) : entry;
    if (version === 'v1') {
      const key = secretOfSet[v1++];
      return { version, formula: `"v1," + base64(HMAC-SHA256(${key?.label ?? 'secret'}, signed content))`, ...named(key) };
    }
    if (version === 'v1a') {
      const set = withPair[v1a++];
      const key = set === undefined ? undefined : publicKeyOfSet[set];
      return { version, formula: `"v1a," + base64(Ed25519(${set ? 'previous ' : ''}whsk_ signing key, signed content))`, ...named(key) };
    }
    return { version, formula: `"${version},…" (not a version receivers check; skipped)` };
  });
}

// By key set: the current one, then the one before the last rotation (credentials.ts).
const secretOfSet: Key[] = [
  { label: 'secret', credential: 'secret' },
  { label: 'previous secret', credential: 'previousSecret' },
];
const publicKeyOfSet: Key[] = [
  { label: 'public key', credential: 'publicKey' },
  { label: 'previous public key', credential: 'previousPublicKey' },
];

function uniqueKeys(keys: Key[]): Key[] {
  return keys.filter((key, i) => keys.findIndex((k) => k.credential === key.credential) === i);
}

function keysFor(entries: Entry[], version: 'v1' | 'v1a'): string[] {
  return uniqueKeys(entries.filter((e) => e.version === version).flatMap((e) => (e.key ? [e.key] : []))).map((k) => k.credential);
}

function summary(versions: string[], names: WebhookHeaderNames): string {
  const checks = [
    versions.includes('v1') ? 'any v1 entry is base64(HMAC-SHA256) of it keyed with the bytes after "whsec_" (base64-decoded)' : '',
    versions.includes('v1a') ? 'any v1a entry is an Ed25519 signature of it under the whpk_ public key' : '',
  ].filter(Boolean);
  return (
    `Rebuild "<${names.id}>.<${names.timestamp}>.<raw body>" and accept the request if ${checks.join(', or ') || 'a v1 or v1a entry matches'}; ` +
    `refuse a ${names.timestamp} (seconds) more than ${toleranceSeconds / 60} minutes from your clock either way. After a rotation, entries for the previous keys come too.`
  );
}


interface SnippetInput {
  functionName: string;
  names: WebhookHeaderNames;
  secrets: string[];
  publicKeys: string[];
}

function snippet({ functionName, names, secrets, publicKeys }: SnippetInput): string {
  const keyType = [...secrets, ...publicKeys].map((k) => `${k}: string`).join('; ');
  const v1 = `    if (version === 'v1') return [${secrets.map((k) => `keys.${k}`).join(', ')}].some((secret) => {
      const expected = Buffer.from(createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(content).digest('base64'));
      const got = Buffer.from(value);
      return expected.length === got.length && timingSafeEqual(expected, got);
    });`;
  const v1a = `    if (version === 'v1a') return [${publicKeys.map((k) => `keys.${k}`).join(', ')}].some((publicKey) => {
      const x = Buffer.from(publicKey.slice('whpk_'.length), 'base64').toString('base64url');
      return verify(null, Buffer.from(content), createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }), Buffer.from(value, 'base64'));
    });`;
  const imports = [...(secrets.length > 0 ? ['createHmac'] : []), ...(publicKeys.length > 0 ? ['createPublicKey'] : []), ...(secrets.length > 0 ? ['timingSafeEqual'] : []), ...(publicKeys.length > 0 ? ['verify'] : [])];
  return `import { ${imports.join(', ')} } from 'node:crypto';

/**
 * keys: as \`hookbench credentials\` prints them. rawBody: the exact bytes received, never re-serialised JSON;
 * header names lower-case. (The \`standardwebhooks\` package does the same: new Webhook(secret).verify(rawBody, headers).)
 */
export function ${functionName}(req: { headers: Record<string, string | undefined>; rawBody: string }, keys: { ${keyType} }): boolean {
  const id = req.headers[${quote(names.id)}];
  const timestamp = req.headers[${quote(names.timestamp)}];
  const signature = req.headers[${quote(names.signature)}];
  if (!id || !timestamp || !signature || !/^\\d+$/.test(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > ${toleranceSeconds}) return false; // replays, clocks off
  const content = \`\${id}.\${timestamp}.\${req.rawBody}\`;
  return signature.split(' ').some((entry) => {
    const [version, value = ''] = entry.split(',');
${[secrets.length > 0 ? v1 : '', publicKeys.length > 0 ? v1a : ''].filter(Boolean).join('\n')}
    return false;
  });
}

// then: skip ids you have already processed (${names.id} is the idempotency key), and handle JSON.parse(req.rawBody).
`;
}
