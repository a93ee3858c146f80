/**
 * @module Ploomes credentials: the webhook's ValidationKey (echoed in `X-Ploomes-Validation-Key`)
 * and the User-Key the mock REST API accepts.
 */
import { z } from 'zod';
import type { CredentialsSpec } from '../types.ts';

export const ploomesCredentialsSchema = z
  .object({
    /** Chosen at `POST /Webhooks`; the empty string means none (it is optional there). */
    validationKey: z.string(),
    /** The integration key sent as `User-Key` to the REST API. */
    userKey: z.string().min(1),
  })
  .strict();

export type PloomesCredentials = z.output<typeof ploomesCredentialsSchema>;

/**
 * @example ploomesCredentials.generate(randomBytes).validationKey // 'q3J1…' (32 base64url characters)
 */
export const ploomesCredentials: CredentialsSpec<PloomesCredentials> = {
  schema: ploomesCredentialsSchema,
  generate(randomBytes) {
    return {
      // 24 random bytes: 192 bits, as base64url so it pastes into any config unescaped.
      validationKey: Buffer.from(randomBytes(24)).toString('base64url'),
      // Ploomes' key format is not documented: an opaque uppercase hex string of 64 bytes.
      userKey: Buffer.from(randomBytes(64)).toString('hex').toUpperCase(),
    };
  },
  verification({ validationKey, userKey }) {
    return { validationKey, userKey };
  },
};
