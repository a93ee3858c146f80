/** @module What a client may ask of a delivery (API body, CLI flags, suite case), validated once. */
import { z } from 'zod';
import { jsonValueSchema } from '../util/json.ts';
import { faultsSchema } from './faults.ts';
import { maxSeed } from './generate-event.ts';

export const targetSchema = z
  .string()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    message: 'must be an http:// or https:// URL, e.g. http://127.0.0.1:3000/webhooks',
  });

export const settingsOverridesSchema = z.record(z.string().min(1), jsonValueSchema);

/** Hand edits (the inspector's edit-and-resend): a raw body, signed as sent; headers set or removed (null) after signing. */
export const editsSchema = z
  .object({
    body: z.string().max(5 * 1024 * 1024).optional(),
    headers: z.record(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name'), z.string().nullable()).optional(),
  })
  .strict();
export type Edits = z.output<typeof editsSchema>;

// Strict in bodies and files: coercion would read "" as seed 0 and true as seed 1, silently.
export const seedSchema = z.number({ error: 'a seed is a whole number from 0' }).int().min(0).max(maxSeed);
/** A seed in a query string: digits only. */
export const seedQuerySchema = z.string().regex(/^\d{1,10}$/, 'a seed is a whole number from 0').transform(Number).pipe(seedSchema);
export const timeScaleSchema = z.coerce.number().positive().max(1000);

export const deliveryInputSchema = z
  .object({
    provider: z.string().min(1),
    event: z.string().min(1),
    target: targetSchema.optional(),
    seed: seedSchema.optional(),
    /** The data clock for generation (ISO 8601). */
    now: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).optional(),
    set: z.record(z.string().min(1), jsonValueSchema).optional(),
    payload: jsonValueSchema.optional(),
    faults: faultsSchema.optional(),
    timeScale: timeScaleSchema.optional(),
    /** Overrides of the provider's settings for this delivery (e.g. HubSpot's signatureVersion). */
    settings: settingsOverridesSchema.optional(),
    edits: editsSchema.optional(),
  })
  .strict();
export type DeliveryInput = z.output<typeof deliveryInputSchema>;

export const replayInputSchema = z
  .object({
    target: targetSchema.optional(),
    faults: faultsSchema.optional(),
    payload: jsonValueSchema.optional(),
    timeScale: timeScaleSchema.optional(),
    settings: settingsOverridesSchema.optional(),
    edits: editsSchema.optional(),
  })
  .strict();
