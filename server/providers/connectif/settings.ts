/**
 * @module Connectif settings: the custom send event types (the catalogue is built from them), how
 * send events and Email Integration webhooks are shaped where Connectif documents nothing, and the
 * shop's URL. `createSettingsSchema(defaults).parse({})` gives the defaults.
 */
import { z } from 'zod';
import { changeOrigins } from './email-events.ts';
import { connectifMockSettingsSchema } from './mock/mock-settings.ts';
import { sendEventKey, sendEventTypeSchema, type SendEventType } from './send-event-type.ts';

/** Methods a send event may use; Connectif documents none (POST is our default). */
export const sendMethods = ['POST', 'PUT', 'PATCH'] as const;

const sendSchema = z
  .object({
    /** The HTTP method of send events: not documented; POST [inferred]. */
    method: z.enum(sendMethods).default('POST'),
    /** What a select field carries: the option's `id` (default) or its `label` [inferred]. */
    selectValue: z.enum(['id', 'label']).default('id'),
    /** How an optional field without a value is sent: `null` (default) or left out [inferred]. */
    emptyValue: z.enum(['null', 'omit']).default('null'),
    /** Share of optional fields that have a value (the contact filled them in). */
    fillRate: z.number().min(0).max(1).default(0.85),
  })
  .strict()
  .prefault({});

const emailIntegrationSchema = z
  .object({
    /**
     * Where subscription changes come from: `seeded` (drawn per event, mostly forms) or always one
     * origin. Only `form` sends the contact's IP; the others send `ip=` empty.
     */
    origin: z.enum(['seeded', ...changeOrigins]).default('seeded'),
    /**
     * Whether the credential headers go on Email Integration webhooks too. Connectif documents
     * headers only for send events; `false` sends these three without any [inferred].
     */
    headers: z.boolean().default(true),
  })
  .strict()
  .prefault({});

/**
 * @example createSettingsSchema(fixtures.sendEvents).parse({}).send.method // 'POST'
 */
export function createSettingsSchema(defaultSendEvents: readonly SendEventType[]) {
  return z
    .object({
      /** Custom send event types; each becomes the catalogue event `send.<slug of its name>`. May be empty. */
      sendEvents: z
        .array(sendEventTypeSchema)
        .superRefine(distinctKeys)
        .default(() => structuredClone([...defaultSendEvents])),
      send: sendSchema,
      emailIntegration: emailIntegrationSchema,
      /** The shop's base URL, for product, image and cart links in generated data. */
      storeUrl: z
        .url({ protocol: /^https?$/ })
        .regex(/[^/]$/, 'write the URL without a trailing slash')
        .default('https://tienda.example.com'),
      /** The mock REST API (/mock/connectif): data set, rate limit, scopes, job timing. Optional: defaults in mock/mock-settings.ts. */
      mock: connectifMockSettingsSchema.optional(),
    })
    .strict();
}

export type ConnectifSettings = z.output<ReturnType<typeof createSettingsSchema>>;

/** Two event types whose names give one catalogue key would be ambiguous. */
function distinctKeys(types: readonly SendEventType[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  for (const [i, type] of types.entries()) {
    const key = sendEventKey(type);
    const other = seen.get(key);
    if (other !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${type.name}" and sendEvents[${other}] both give the event ${key}: rename one` });
    seen.set(key, i);
  }
}
