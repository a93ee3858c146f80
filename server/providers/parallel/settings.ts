/**
 * @module Per-workbench Parallel settings: the impersonated organization (its id, users and
 * integrations), the data language, whether the legacy V1 signatures are sent, the sink's replay
 * window, and the mock REST API's rate limit. `parallelSettingsSchema.parse({})` gives the defaults.
 */
import { z } from 'zod';

const dbId = z.number().int().positive();

export const parallelSettingsSchema = z
  .object({
    /**
     * The organization. Not in the body (research §1.3); it numbers the org's own objects — profile
     * type fields, relationship types, tags, user groups — as `orgId × 100 + position`, so one alias
     * keeps one `profileTypeFieldId` across events and seeds.
     */
    orgId: dbId.max(20_000_000).default(1287),
    /** The org's users (`User:<n>`): `userId`, `ownerId`… are drawn from them by the seed. */
    userIds: z.array(dbId).min(1).default([17, 23, 31, 58]),
    /** The org's integrations (`OrgIntegration:<n>`) that create or update profiles. */
    integrationIds: z.array(dbId).min(1).default([4, 9]),
    /** Language of people's names, decline reasons and tag names. */
    locale: z.enum(['es', 'en']).default('es'),
    /**
     * Also send the legacy body-only `X-Parallel-Signature-N` headers. Production still does as of
     * Feb 2026 (EventSubscriptionService.ts); turn off to test a receiver that relies on V2 only.
     */
    v1Signatures: z.boolean().default(true),
    /**
     * How old a timestamp the built-in sink accepts. Parallel publishes no window (research §1.4):
     * 300 s is our choice; null turns the check off.
     */
    timestampToleranceSeconds: z.number().int().positive().nullable().default(300),
    /**
     * The mock REST API's rate limit per API token: Parallel's is 100 requests per 60 s window
     * (api/public/ratelimit.ts). Optional so the defaults above stay the whole default object;
     * the mock fills in 100 and 60 000 ms. Lower it to test a client's back-off.
     */
    mockRateLimit: z
      .object({ limit: z.number().int().positive().default(100), windowMs: z.number().int().positive().default(60_000) })
      .strict()
      .optional(),
  })
  .strict();

export type ParallelSettings = z.output<typeof parallelSettingsSchema>;
