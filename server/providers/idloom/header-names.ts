/**
 * @module Header names a webhook may carry: RFC 9110 tokens, not written twice, and not one the engine
 * writes itself. Shared by the settings (plain custom headers) and the credentials (secret ones).
 */
import type { z } from 'zod';

export const headerNamePattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * @example isHeaderName('X-Idloom-Trigger') // true
 */
export const isHeaderName = (name: string): boolean => headerNamePattern.test(name);

/** Headers the engine sets from the target and the body. */
export const engineHeaders: Readonly<Record<string, string>> = {
  host: 'the engine sets Host from the target',
  'content-length': 'the engine sets Content-Length from the body',
  connection: 'the engine manages the connection',
  'transfer-encoding': 'the engine sends bodies with a Content-Length',
};

/**
 * A zod refinement refusing engine headers, `reserved` ones and names given twice in other cases.
 * @example z.record(z.string(), z.string()).superRefine(refuseHeaderNames({ authorization: 'put it in the credentials' }))
 */
export function refuseHeaderNames(reserved: Readonly<Record<string, string>> = {}) {
  return (headers: Record<string, string>, ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    for (const name of Object.keys(headers)) {
      const lower = name.toLowerCase();
      const reason = engineHeaders[lower] ?? reserved[lower];
      if (reason) ctx.addIssue({ code: 'custom', path: [name], message: `${name} cannot be set here: ${reason}` });
      if (seen.has(lower)) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is given twice (header names ignore case)` });
      seen.add(lower);
    }
  };
}
