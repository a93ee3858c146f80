/**
 * @module HubSpot credentials: the app's client secret (the key of every webhook signature), its app
 * id, a private-app access token the mock CRM API accepts as Bearer, and a developer API key
 * (`hapikey`) for the mock webhooks-settings API.
 */
import { z } from 'zod';
import type { CredentialsSpec } from '../types.ts';
import { defaultAppId } from './settings.ts';

export const hubspotCredentialsSchema = z
  .object({
    /** The app's client secret; HubSpot's look like a lowercase UUID. Any non-empty string is accepted. */
    clientSecret: z.string().min(1),
    appId: z.number().int().positive(),
    /** A private-app token (`pat-na1-…`), sent as `Authorization: Bearer` to the CRM API. */
    accessToken: z.string().min(1),
    /** The developer API key, sent as `?hapikey=` to the webhooks settings API. */
    developerApiKey: z.string().min(1),
  })
  .strict();

export type HubSpotCredentials = z.output<typeof hubspotCredentialsSchema>;

/**
 * @example hubspotCredentials.generate(randomBytes).clientSecret // '3f1c9a2e-…' (a v4 UUID)
 */
export const hubspotCredentials: CredentialsSpec<HubSpotCredentials> = {
  schema: hubspotCredentialsSchema,
  generate(randomBytes) {
    // One draw, sliced: a byte source that restarts on every call still gives three different values.
    const bytes = randomBytes(48);
    return {
      clientSecret: uuid(bytes.subarray(0, 16)),
      // Not random: the payloads' appId comes from settings, whose default is this one.
      appId: defaultAppId,
      accessToken: `pat-na1-${uuid(bytes.subarray(16, 32))}`,
      developerApiKey: uuid(bytes.subarray(32, 48)),
    };
  },
  verification({ clientSecret, appId, accessToken, developerApiKey }) {
    return { clientSecret, appId: String(appId), accessToken, developerApiKey };
  },
  // HubSpot rotates the client secret on its own; tokens and keys stay.
  rotate(current, randomBytes) {
    return { ...current, clientSecret: uuid(randomBytes(16)) };
  },
};

/** A version-4 UUID from 16 bytes (RFC 9562: version nibble 4, variant bits 10). */
export function uuid(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Buffer.from(b).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
