/** @module Pieces of the verification snippets the signature explainer hands a receiver. */

/** A single-quoted TypeScript string literal. */
export const quote = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;

/**
 * A receiver's check of static secret headers (no signature, no timestamp): each compared in constant time.
 * @param headers lower-case header names, as Node gives them
 * @param credentials the name each header's value has in `hookbench credentials <provider>`
 * @param then a closing comment: what the receiver does once the request is known to be genuine
 */
export function staticHeadersSnippet({ provider, functionName, headers, credentials, then }: { provider: string; functionName: string; headers: readonly string[]; credentials: readonly string[]; then: string }): string {
  const pairs = headers.map((name, i) => `[${quote(name)}, keys[${quote(credentials[i] ?? name)}]]`);
  return `import { timingSafeEqual } from 'node:crypto';

/** keys: the header values \`hookbench credentials ${provider}\` prints, by name. Header names lower-case, as Node gives them. */
export function ${functionName}(req: { headers: Record<string, string | undefined> }, keys: Record<string, string>): boolean {
  const expected: [string, string | undefined][] = [${pairs.join(', ')}];
  return expected.every(([name, value]) => {
    const got = Buffer.from(req.headers[name] ?? '', 'utf8');
    const want = Buffer.from(value ?? '', 'utf8');
    return value !== undefined && got.length === want.length && timingSafeEqual(got, want);
  });
}

// then: ${then}
`;
}
