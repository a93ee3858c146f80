/**
 * @module The built-in signing schemes a user-defined provider chooses from: HMAC and Ed25519 over a
 * templated content (thin adapters over the shared signers), a static secret header, Standard Webhooks
 * (the `standard` provider's own signer and verifier), or none.
 */
import { z } from 'zod';
import { ed25519FromSeed, signEd25519, verifyEd25519 } from '../../signing/ed25519.ts';
import { hmac, safeEqual } from '../../signing/hmac.ts';
import { signStandard, standardCredentials, verifyStandard, type SignatureScheme, type StandardCredentials } from '../standard/index.ts';
import type { CredentialsSpec, ReceivedRequest, VerifyResult, WireRequest } from '../types.ts';
import type { SigningConfig } from './custom-provider-schema.ts';
import { fillTemplate, readTemplate, type TemplateValues } from './fill-template.ts';

export interface SigningScheme {
  auth: { scheme: string; description: string };
  credentials: CredentialsSpec<Record<string, unknown>>;
  sensitiveHeaders: string[];
  sign(input: { request: WireRequest; eventId: string; credentials: Record<string, unknown>; now: Date }): Record<string, string>;
  verify(input: { request: ReceivedRequest; credentials: Record<string, unknown>; now: Date }): VerifyResult | undefined;
}

type Templated = Extract<SigningConfig, { scheme: 'hmac' | 'ed25519' }>;

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const secretSchema = z.object({ secret: z.string().min(1) }).strict();
const keyPairSchema = z.object({ privateKey: z.string().min(1), publicKey: z.string().min(1) }).strict();

export function signingScheme(config: SigningConfig): SigningScheme {
  switch (config.scheme) {
    case 'standard-webhooks':
      return standardWebhooksScheme(config.signatures);
    case 'hmac':
    case 'ed25519':
      return templatedScheme(config);
    case 'static-header':
      return staticHeaderScheme(config);
    case 'none':
      return {
        auth: { scheme: 'none', description: 'No authentication: receivers cannot tell these deliveries from anyone else’s.' },
        credentials: { schema: z.object({}).strict() as z.ZodType<Record<string, unknown>>, generate: () => ({}), verification: () => ({}) },
        sensitiveHeaders: [],
        sign: () => ({}),
        verify: () => undefined,
      };
  }
}

function templatedScheme(config: Templated): SigningScheme {
  const algorithm = config.scheme === 'hmac' ? config.algorithm : undefined;
  const isHmac = algorithm !== undefined;
  const lower = config.header.toLowerCase();
  const mac = (content: string, credentials: Record<string, unknown>): string =>
    algorithm
      ? hmac({ algorithm, key: String(credentials.secret), message: content, encoding: config.encoding })
      : reencode(signEd25519(String(credentials.privateKey), content), config.encoding);
  const timestampOf = (now: Date) => String(config.timestampUnit === 's' ? Math.floor(now.getTime() / 1000) : now.getTime());

  return {
    auth: {
      scheme: algorithm ? `hmac-${algorithm}` : 'ed25519',
      description: `${isHmac ? 'HMAC' : 'Ed25519'} over "${config.signedContent}", ${config.encoding}, in ${config.header}: "${config.headerTemplate}"`,
    },
    credentials: isHmac
      ? { schema: secretSchema, generate: (random) => ({ secret: hex(random(32)) }), verification: (c) => ({ secret: String(c.secret) }) }
      : {
          schema: keyPairSchema,
          generate: (random) => ({ ...ed25519FromSeed(random(32)) }),
          verification: (c) => ({ publicKey: String(c.publicKey) }),
        },
    sensitiveHeaders: [],
    sign({ request, eventId, credentials, now }) {
      const timestamp = timestampOf(now);
      const values: TemplateValues = { body: request.body ?? '', timestamp, id: eventId, url: request.url, method: request.method };
      const signature = mac(fillTemplate(config.signedContent, values), credentials);
      return {
        [config.header]: fillTemplate(config.headerTemplate, { signature, timestamp, id: eventId }),
        ...(config.timestampHeader ? { [config.timestampHeader]: timestamp } : {}),
        ...(config.idHeader ? { [config.idHeader]: eventId } : {}),
      };
    },
    verify({ request, credentials, now }) {
      const value = request.headers[lower];
      if (value === undefined) return undefined;
      const scheme = isHmac ? 'hmac' : 'ed25519';
      const read = readTemplate(config.headerTemplate, value);
      if (!read?.signature) return { ok: false, scheme, reason: `${config.header} does not have the form "${config.headerTemplate}"` };
      const timestamp = read.timestamp ?? (config.timestampHeader ? request.headers[config.timestampHeader.toLowerCase()] : undefined);
      const id = read.id ?? (config.idHeader ? request.headers[config.idHeader.toLowerCase()] : undefined);
      if (config.signedContent.includes('{timestamp}')) {
        if (timestamp === undefined || !/^\d+$/.test(timestamp)) return { ok: false, scheme, reason: 'the signing timestamp is missing' };
        const ms = config.timestampUnit === 's' ? Number(timestamp) * 1000 : Number(timestamp);
        if (Math.abs(now.getTime() - ms) > config.toleranceSeconds * 1000) {
          return { ok: false, scheme, reason: `the timestamp is more than ${config.toleranceSeconds} s from now (a replay, or a clock off)` };
        }
      }
      const content = fillTemplate(config.signedContent, { body: request.body, timestamp, id, url: request.url, method: request.method });
      const ok = isHmac
        ? safeEqual(mac(content, credentials), read.signature)
        : verifyEd25519(String(credentials.publicKey), content, reencodeToBase64(read.signature, config.encoding));
      return ok ? { ok, scheme } : { ok, scheme, reason: `${config.header} does not match the signature of this body with the workbench's ${isHmac ? 'secret' : 'key'}` };
    },
  };
}

function standardWebhooksScheme(signatures: readonly SignatureScheme[]): SigningScheme {
  const settings = { signatures };
  return {
    auth: { scheme: 'standard-webhooks', description: `Standard Webhooks ${signatures.join(' + ')}: webhook-id, webhook-timestamp, webhook-signature` },
    credentials: standardCredentials as unknown as CredentialsSpec<Record<string, unknown>>,
    sensitiveHeaders: [],
    sign: ({ request, eventId, credentials, now }) => signStandard({ request, eventId, credentials: credentials as StandardCredentials, now, settings }),
    verify: ({ request, credentials, now }) => verifyStandard({ request, credentials: credentials as StandardCredentials, now }),
  };
}

function staticHeaderScheme(config: Extract<SigningConfig, { scheme: 'static-header' }>): SigningScheme {
  const lower = config.header.toLowerCase();
  return {
    auth: { scheme: 'static-header', description: `A fixed secret in ${config.header}: "${config.template}"` },
    credentials: { schema: secretSchema, generate: (random) => ({ secret: hex(random(24)) }), verification: (c) => ({ secret: String(c.secret) }) },
    sensitiveHeaders: [lower],
    sign: ({ credentials }) => ({ [config.header]: fillTemplate(config.template, { secret: String(credentials.secret) }) }),
    verify({ request, credentials }) {
      const value = request.headers[lower];
      if (value === undefined) return undefined;
      const ok = safeEqual(value, fillTemplate(config.template, { secret: String(credentials.secret) }));
      return ok ? { ok, scheme: 'static-header' } : { ok, scheme: 'static-header', reason: `${config.header} does not match the workbench's secret` };
    },
  };
}

const reencode = (base64: string, encoding: 'hex' | 'base64') => (encoding === 'hex' ? Buffer.from(base64, 'base64').toString('hex') : base64);
const reencodeToBase64 = (text: string, encoding: 'hex' | 'base64') => (encoding === 'hex' ? Buffer.from(text, 'hex').toString('base64') : text);
