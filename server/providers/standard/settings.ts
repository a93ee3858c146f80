/**
 * @module Standard Webhooks settings: which signature schemes go into `webhook-signature`, and the
 * User-Agent. `standardSettingsSchema.parse({})` gives the defaults (v1 only, Svix's User-Agent).
 */
import { z } from 'zod';

export const signatureSchemes = ['v1', 'v1a'] as const;
export type SignatureScheme = (typeof signatureSchemes)[number];

/**
 * What the open-source Svix server sends (`concat!("Svix-Webhooks/", CARGO_PKG_VERSION)` in
 * svix-server's worker.rs; 1.24.0 is the svix-server version we read). Svix's cloud may be on another version.
 */
export const svixUserAgent = 'Svix-Webhooks/1.24.0';

export const standardSettingsSchema = z
  .object({
    /**
     * The entries of `webhook-signature`, in this order: `v1` (HMAC-SHA256 with the whsec_ secret) and/or
     * `v1a` (Ed25519 with the whsk_ key). Each key set in the credentials (current, then the previous one
     * during a rotation) adds one entry per scheme.
     */
    signatures: z
      .array(z.enum(signatureSchemes))
      .min(1, 'choose at least one signature scheme: "v1" (HMAC) or "v1a" (Ed25519)')
      .refine((list) => new Set(list).size === list.length, 'list each signature scheme once')
      .default(['v1']),
    /** The User-Agent header; the empty string sends none. */
    userAgent: z.string().default(svixUserAgent),
  })
  .strict();

export type StandardSettings = z.output<typeof standardSettingsSchema>;
