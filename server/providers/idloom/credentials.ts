/**
 * @module idloom credentials. idloom signs nothing: a webhook is authenticated only by the custom
 * headers the organiser types into it (research §2.4), so those headers are the secret, kept here
 * rather than in the settings. `apiKey` is the integration's key for idloom's v4 REST API (`Authorization:
 * Bearer <apiKey>`), what the mock API accepts.
 */
import { z } from 'zod';
import type { CredentialsSpec } from '../types.ts';
import { headerNamePattern, refuseHeaderNames } from './header-names.ts';

export const idloomCredentialsSchema = z
  .object({
    /** Sent as-is on every delivery; the receiver compares them. Empty: the webhook has none. */
    headers: z
      .record(z.string().regex(headerNamePattern, 'not a valid header name'), z.string().regex(/^[^\r\n\0]*$/, 'a header value cannot hold line breaks'))
      .superRefine(refuseHeaderNames()),
    apiKey: z.string().min(1),
  })
  .strict();

export type IdloomCredentials = z.output<typeof idloomCredentialsSchema>;

/**
 * @example idloomCredentials.generate(randomBytes).headers.Authorization // 'Bearer q3J1…' (43 base64url characters)
 */
export const idloomCredentials: CredentialsSpec<IdloomCredentials> = {
  schema: idloomCredentialsSchema,
  generate(randomBytes) {
    return {
      // 32 random bytes as base64url: any token the organiser invents works; this one pastes anywhere.
      headers: { Authorization: `Bearer ${Buffer.from(randomBytes(32)).toString('base64url')}` },
      // idloom's API key format is not documented: 40 lowercase hex characters.
      apiKey: Buffer.from(randomBytes(20)).toString('hex'),
    };
  },
  verification({ headers, apiKey }) {
    // Each header under its own name, as a receiver will read it; one named like `apiKey` gets a prefix.
    const label = (name: string) => (name.toLowerCase() === 'apikey' ? `headers.${name}` : name);
    return { ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [label(name), value])), apiKey };
  },
};
