/**
 * @module Connectif credentials. Connectif signs nothing: the only authentication is the static
 * `webhookHeaders` the user gives the event type, so the secret ones live here (generated once,
 * stored, redacted). `apiKey` is what the mock REST API accepts as `Authorization: apiKey id:secret`.
 */
import { z } from 'zod';
import type { CredentialsSpec } from '../types.ts';
import { headerNameSchema, reservedHeaderProblem } from './header-names.ts';

/** The header hookbench puts the generated token in. Any name works: Connectif has no standard one. */
export const defaultTokenHeader = 'X-Connectif-Token';

export const connectifCredentialsSchema = z
  .object({
    /** Static headers sent on every delivery (name → value); `{}` means no authentication at all. */
    headers: z.record(headerNameSchema, z.string().min(1).regex(/^[\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?$/, 'printable ASCII without line breaks or surrounding spaces')).superRefine((headers, ctx) => {
      const seen = new Set<string>();
      for (const name of Object.keys(headers)) {
        const lower = name.toLowerCase();
        if (seen.has(lower)) ctx.addIssue({ code: 'custom', path: [name], message: `header "${name}" is listed twice (header names ignore case)` });
        seen.add(lower);
        const problem = reservedHeaderProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
        if (lower === 'apikey') ctx.addIssue({ code: 'custom', path: [name], message: '"apiKey" is the label of the REST API key; name the header differently' });
      }
    }),
    /** `<keyId>:<keySecret>`, sent to the (mock) REST API as `Authorization: apiKey <keyId>:<keySecret>`. */
    apiKey: z.string().regex(/^[^\s:]+:[^\s:]+$/, 'write it as <keyId>:<keySecret>'),
  })
  .strict();

export type ConnectifCredentials = z.output<typeof connectifCredentialsSchema>;

/**
 * @example connectifCredentials.generate(randomBytes) // { headers: { 'X-Connectif-Token': 'q3J1…' }, apiKey: '5f1c…:Zk9…' }
 */
export const connectifCredentials: CredentialsSpec<ConnectifCredentials> = {
  schema: connectifCredentialsSchema,
  generate(randomBytes) {
    // 32 bytes as base64url: pastes into Connectif's header form and any config unescaped.
    const token = Buffer.from(randomBytes(32)).toString('base64url');
    // Key format not documented [inferred]: a 24-hex id (MongoDB ObjectId-like, as Connectif's ids look) and a 32-byte secret.
    const keyId = Buffer.from(randomBytes(12)).toString('hex');
    const keySecret = Buffer.from(randomBytes(32)).toString('base64url');
    return { headers: { [defaultTokenHeader]: token }, apiKey: `${keyId}:${keySecret}` };
  },
  /** One line per header (label = header name), then the API key. */
  verification({ headers, apiKey }) {
    return { ...headers, apiKey };
  },
};
