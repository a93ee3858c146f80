/**
 * @module Settings of the Connectif mock REST API (`providers.connectif.settings.mock`): data set size,
 * rate limit, the API key's scopes and how long imports and exports take. Optional in the provider's
 * settings, so the webhook settings' defaults stay as they are; `mockSettingsOf` fills them in.
 */
import { z } from 'zod';

/** The scopes an API key is created with (Connectif's "Read Contacts", "Write Contacts", …) [names inferred]. */
export const connectifScopes = [
  'contacts:read',
  'contacts:write',
  'purchases:read',
  'purchases:write',
  'products:read',
  'products:write',
  'imports:read',
  'imports:write',
  'exports:read',
  'exports:write',
] as const;
export type ConnectifScope = (typeof connectifScopes)[number];

export const connectifMockSettingsSchema = z
  .object({
    /** Contacts in the seeded data set; contact N is the person of `--seed N` deliveries. */
    contacts: z.number().int().min(0).max(1000).default(40),
    /** Purchases seeded, by seeded contacts, of the shop's products. */
    purchases: z.number().int().min(0).max(1000).default(25),
    /** Finished imports seeded (made in the app), so the import list has a history. */
    imports: z.number().int().min(0).max(100).default(3),
    /** Requests per window per API key; Connectif's quota is not published (100 a minute seen in a client). */
    rateLimit: z
      .object({
        limit: z.number().int().min(1).default(100),
        windowSeconds: z.number().positive().max(86_400).default(60),
      })
      .strict()
      .prefault({}),
    /** What the API key may do; a call outside them answers 403. All by default. */
    scopes: z.array(z.enum(connectifScopes)).default(() => [...connectifScopes]),
    /** How long an import or export stays `queued`, then `inProgress`, before it is `finished`. */
    jobs: z
      .object({
        queuedSeconds: z.number().min(0).max(3600).default(1),
        inProgressSeconds: z.number().min(0).max(3600).default(2),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ConnectifMockSettings = z.output<typeof connectifMockSettingsSchema>;

/**
 * @example mockSettingsOf(connectif.settings.parse({})).rateLimit // { limit: 100, windowSeconds: 60 }
 */
export function mockSettingsOf(settings: { mock?: ConnectifMockSettings | undefined }): ConnectifMockSettings {
  return settings.mock ?? connectifMockSettingsSchema.parse({});
}
