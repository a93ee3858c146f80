/**
 * @module Per-workbench HubSpot settings: the impersonated account and app, the batch size and the
 * signature version. `hubspotSettingsSchema.parse({})` gives the defaults; a delivery may override any
 * of them (`settings: { signatureVersion: 'v1' }`), which is how a version is chosen per target.
 */
import { z } from 'zod';

const hubspotId = z.number().int().positive();

/** The app id the payloads carry by default; generated credentials use the same one. */
export const defaultAppId = 3412856;

export const signatureVersions = ['v1', 'v2', 'v3'] as const;
export type SignatureVersion = (typeof signatureVersions)[number];

/**
 * The mock REST API's limits (`/mock/hubspot`, see mock/): HubSpot's ten-secondly limit per token
 * (private apps on Free/Starter: 100 per 10 s; Pro/Enterprise 190), the daily one, and search's
 * requests per second. Small values make a client's back-off testable.
 */
const mockApiSchema = z
  .object({
    /** Requests per token per interval before 429 TEN_SECONDLY_ROLLING. */
    requestsPerInterval: z.number().int().min(1).default(100),
    /** The interval: 10 s in HubSpot (`X-HubSpot-RateLimit-Interval-Milliseconds`). */
    intervalMs: z.number().int().min(1).default(10_000),
    /** Requests per token per day before 429 DAILY (`X-HubSpot-RateLimit-Daily`). */
    dailyLimit: z.number().int().min(1).default(250_000),
    /** CRM search requests per token per second before 429 "secondly limit". */
    searchRequestsPerSecond: z.number().int().min(1).default(5),
  })
  .strict()
  .prefault({});

export const hubspotSettingsSchema = z
  .object({
    /** The HubSpot account (Hub ID) the events happened in: `portalId`. */
    portalId: hubspotId.default(48213575),
    /** Your app: `appId`. Keep it equal to the credentials' appId (the mock webhooks API uses that one). */
    appId: hubspotId.default(defaultAppId),
    /**
     * `subscriptionId` = this + 1000 × the subscription type's position in the catalogue
     * + 50 × the object type's position (object.* only) + 1 + the property's position (propertyChange
     * only): each (type, object type, property) is its own subscription, as in HubSpot.
     */
    subscriptionIdBase: hubspotId.default(2451000),
    /** The account's users: `sourceId` is `userId:<one of them>` for changes made in the CRM UI. */
    userIds: z.array(hubspotId).min(1).default([52813442, 61009217, 73554120]),
    /** Record owners: `hubspot_owner_id` values are drawn from them. */
    ownerIds: z.array(hubspotId).min(1).default([118804521, 204377519, 389120466]),
    /** Events per delivery: HubSpot batches up to 100 events of your subscriptions in one POST. */
    batchSize: z.number().int().min(1).max(100).default(1),
    /** v3 (HMAC with timestamp, the default), or only the older v1 or v2 digest. */
    signatureVersion: z.enum(signatureVersions).default('v3'),
    /**
     * With v3, also send the v1 pair (`X-HubSpot-Signature` + `X-HubSpot-Signature-Version: v1`), as
     * HubSpot's webhooks API does for CRM events. Ignored for v1 and v2.
     */
    includeV1: z.boolean().default(true),
    /** `changeFlag` of creation events: captured requests show CREATED, the docs' example NEW. */
    creationChangeFlag: z.enum(['CREATED', 'NEW']).default('CREATED'),
    /** Limits of the mock REST API under /mock/hubspot. */
    mockApi: mockApiSchema,
  })
  .strict();

export type HubSpotSettings = z.output<typeof hubspotSettingsSchema>;
