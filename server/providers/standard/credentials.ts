/**
 * @module Standard Webhooks credentials: the whsec_ HMAC secret, an Ed25519 key pair for v1a, and,
 * after a rotation, the previous set, which keeps signing next to the new one (spec, "Webhook
 * headers": "signed both using the current key, and using an old key (for a set period of time)").
 */
import { z } from 'zod';
import type { CredentialsSpec } from '../types.ts';
import { decodePrefixed, formatSecret, keyPairFromSeed, publicKeyPrefix, secretBytes, secretPrefix, seedOf } from './key-format.ts';

const secretSchema = z.string().refine((s) => {
  const bytes = decodePrefixed(s, secretPrefix);
  return bytes !== undefined && bytes.length >= secretBytes.min && bytes.length <= secretBytes.max;
}, `a secret is "whsec_" + base64 of ${secretBytes.min} to ${secretBytes.max} random bytes`);

const keyPairSchema = z
  .object({
    secretKey: z.string().refine((s) => seedOf(s) !== undefined, 'a secretKey is "whsk_" + base64 of a 32-byte Ed25519 seed'),
    publicKey: z.string().refine((s) => decodePrefixed(s, publicKeyPrefix)?.length === 32, 'a publicKey is "whpk_" + base64 of a 32-byte Ed25519 public key'),
  })
  .strict()
  .refine(({ secretKey, publicKey }) => {
    const seed = seedOf(secretKey);
    return seed === undefined || keyPairFromSeed(seed).publicKey === publicKey;
  }, { message: 'publicKey is not the public key of secretKey', path: ['publicKey'] });

const keySetSchema = z.object({ secret: secretSchema, ed25519: keyPairSchema.optional() }).strict();

export const standardCredentialsSchema = keySetSchema
  .extend({
    /** The key set before the last rotation: deliveries carry its signatures too until it is removed. */
    previous: keySetSchema.optional(),
  })
  .strict();

export type StandardCredentials = z.output<typeof standardCredentialsSchema>;
export type StandardKeySet = z.output<typeof keySetSchema>;

/** The current key set, then the previous one: the order their signatures are sent in. */
export function keySetsOf(credentials: StandardCredentials): StandardKeySet[] {
  const { previous, ...current } = credentials;
  return previous ? [current, previous] : [current];
}

/**
 * @example standardCredentials.generate(randomBytes).secret // 'whsec_…' (24 bytes, as Svix makes them)
 */
export const standardCredentials: CredentialsSpec<StandardCredentials> = {
  schema: standardCredentialsSchema,
  generate(randomBytes) {
    // 24 bytes: svix-server's EndpointSecret::KEY_SIZE. The key pair is always made, so turning v1a on
    // in the settings needs no new credentials.
    return { secret: formatSecret(randomBytes(24)), ed25519: keyPairFromSeed(randomBytes(32)) };
  },
  verification(credentials) {
    const shown: Record<string, string> = { secret: credentials.secret };
    if (credentials.ed25519) shown.publicKey = credentials.ed25519.publicKey;
    if (credentials.previous) {
      shown.previousSecret = credentials.previous.secret;
      if (credentials.previous.ed25519) shown.previousPublicKey = credentials.previous.ed25519.publicKey;
    }
    return shown;
  },
  rotate(current, randomBytes) {
    // One previous set, kept until the next rotation. Svix keeps up to five for 24 h each; rotate()
    // gets no clock, so the expiry is not modelled: drop `previous` with PUT …/credentials.
    const { previous: _dropped, ...kept } = current;
    return { ...standardCredentials.generate(randomBytes), previous: kept };
  },
};
