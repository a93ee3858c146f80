/** @module A user-defined provider as written in hookbench.config.json (`customProviders[]`). */
import { z } from 'zod';
import { parseDuration } from '../../util/duration.ts';
import { hmacAlgorithms } from '../../signing/hmac.ts';
import { supportedLocales } from '../../generate/seeded-faker.ts';
import { signatureSchemes } from '../standard/settings.ts';
import { httpMethods } from '../types.ts';

const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name like X-Signature');

/** `{body}`, `{timestamp}`, `{id}`, `{url}` and `{method}` are replaced; anything else is literal. */
const signedContent = z
  .string()
  .min(1)
  .regex(/\{body\}/, 'must include {body}, e.g. "{timestamp}.{body}"')
  .default('{body}')
  .describe('What is signed: a template over {method}, {url}, {id}, {timestamp} and {body}.');

const headerTemplate = z
  .string()
  .regex(/\{signature\}/, 'must include {signature}, e.g. "t={timestamp},v1={signature}"')
  .default('{signature}')
  .describe('The header value: a template over {signature}, {timestamp} and {id}.');

const timestamp = {
  timestampHeader: headerName.optional().describe('Sends the signing time in this header.'),
  idHeader: headerName.optional().describe('Sends the event id in this header (needed when {id} is signed).'),
  timestampUnit: z.enum(['s', 'ms']).default('s'),
  toleranceSeconds: z.number().int().positive().default(300).describe('How old a timestamp the sink accepts.'),
};

/** Whatever is signed must reach the receiver: {id} needs an id header, {timestamp} a header or the template. */
function receivable(signing: { signedContent: string; headerTemplate: string; timestampHeader?: string | undefined; idHeader?: string | undefined }, ctx: z.RefinementCtx): void {
  if (signing.signedContent.includes('{id}') && !signing.idHeader && !signing.headerTemplate.includes('{id}')) {
    ctx.addIssue({ code: 'custom', path: ['idHeader'], message: 'the signed content uses {id}: name the header that carries it (idHeader)' });
  }
  if (signing.signedContent.includes('{timestamp}') && !signing.timestampHeader && !signing.headerTemplate.includes('{timestamp}')) {
    ctx.addIssue({ code: 'custom', path: ['timestampHeader'], message: 'the signed content uses {timestamp}: send it in timestampHeader or in the headerTemplate' });
  }
}

export const signingSchema = z.discriminatedUnion('scheme', [
  z
    .object({
      scheme: z.literal('hmac'),
      algorithm: z.enum(hmacAlgorithms).default('sha256'),
      encoding: z.enum(['hex', 'base64']).default('hex'),
      header: headerName,
      signedContent,
      headerTemplate,
      ...timestamp,
    })
    .strict()
    .superRefine(receivable),
  z
    .object({
      scheme: z.literal('ed25519'),
      encoding: z.enum(['hex', 'base64']).default('base64'),
      header: headerName,
      signedContent,
      headerTemplate,
      ...timestamp,
    })
    .strict()
    .superRefine(receivable),
  z
    .object({
      scheme: z.literal('static-header'),
      header: headerName,
      /** `{secret}` is replaced by the generated (or pinned) secret, e.g. "Bearer {secret}". */
      template: z.string().regex(/\{secret\}/, 'must include {secret}, e.g. "Bearer {secret}"').default('{secret}'),
    })
    .strict(),
  z
    .object({
      scheme: z.literal('standard-webhooks'),
      signatures: z.array(z.enum(signatureSchemes)).min(1).default(['v1']).describe('v1 (HMAC, whsec_) and/or v1a (Ed25519, whsk_/whpk_).'),
    })
    .strict(),
  z.object({ scheme: z.literal('none') }).strict(),
]);
export type SigningConfig = z.output<typeof signingSchema>;

const durationList = z.union([
  z.array(z.number().int().nonnegative()),
  z.string().transform((text, ctx) => {
    const parts = text === '' ? [] : text.split(',').map((p) => parseDuration(p));
    if (parts.some((p) => p === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a list of durations like "1m,5m,30m"' });
      return z.NEVER;
    }
    return parts as number[];
  }),
]);

export const customEventSchema = z
  .object({
    description: z.string().min(1),
    /** A JSON template with {{placeholders}}, relative to the config file. */
    fixture: z.string().min(1),
    group: z.string().min(1).optional(),
  })
  .strict();

export const customProviderSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a lower-case id like "acme" (letters, digits, dashes)'),
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    locale: z.enum(supportedLocales as [string, ...string[]]).default('en'),
    events: z.record(z.string().regex(/^[\x21-\x7e]{1,200}$/, 'a printable event name without spaces'), customEventSchema).refine((e) => Object.keys(e).length > 0, 'at least one event'),
    method: z.enum(httpMethods).default('POST'),
    contentType: z.string().default('application/json'),
    /** Extra headers on every delivery (not secrets: use the static-header scheme for those). */
    headers: z.record(headerName, z.string()).default({}),
    /** A dot path into the payload holding the event id receivers dedupe on (e.g. "id"). */
    eventIdPath: z.string().optional(),
    timeoutMs: z.number().int().positive().default(30_000),
    retry: durationList.default([]).describe('The retry schedule, e.g. "1m,5m,30m" (none by default).'),
    signing: signingSchema,
  })
  .strict();
export type CustomProviderConfig = z.output<typeof customProviderSchema>;
