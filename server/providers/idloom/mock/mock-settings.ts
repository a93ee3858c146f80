/**
 * @module Settings of the idloom mock REST API (`providers.idloom.settings.mock`): the size of the seeded
 * data set, the rate limit (idloom documents none) and the account's field mapping. Optional in the
 * provider's settings, so the webhook settings' defaults stay as they are; `mockSettingsOf` fills them in.
 */
import { z } from 'zod';

export const idloomMockSettingsSchema = z
  .object({
    /** Events in the seeded data set (ignored when `eventUids` names the events). */
    events: z.number().int().min(0).max(50).default(3),
    /** Guests seeded per event. */
    guestsPerEvent: z.number().int().min(0).max(500).default(20),
    /** What `GET /other/auth` answers as `integration_name`. */
    integrationName: z.string().min(1).max(100).default('hookbench'),
    /**
     * Requests per window per API key. Not documented by idloom: 120 a minute matches the one client
     * found, which waits 500 ms between pages and still expects 429s.
     */
    rateLimit: z
      .object({
        limit: z.number().int().min(1).default(120),
        windowSeconds: z.number().positive().max(86_400).default(60),
      })
      .strict()
      .prefault({}),
    /**
     * idloom's "API field mapping" for guests: native field name → the name the API and webhooks use,
     * or null to leave the field out. `ignore_fields_mapping=1` returns native names.
     */
    fieldMapping: z.record(z.string().min(1), z.string().min(1).nullable()).default({}),
  })
  .strict();

export type IdloomMockSettings = z.output<typeof idloomMockSettingsSchema>;

/**
 * The mock's settings with defaults, from the provider's settings.
 * @example mockSettingsOf(idloom.settings.parse({})).rateLimit // { limit: 120, windowSeconds: 60 }
 */
export function mockSettingsOf(settings: { mock?: IdloomMockSettings | undefined }): IdloomMockSettings {
  return settings.mock ?? idloomMockSettingsSchema.parse({});
}
