/**
 * @module The headers of a Parallel delivery, as `EventSubscriptionService.buildSubscriptionSignatureHeaders`
 * writes them (research §1.4).
 */

export const userAgent = 'Parallel Webhooks (https://www.onparallel.com)';
export const timestampHeader = 'X-Parallel-Signature-Timestamp';

/** Legacy: Ed25519 over the body only. N is the key's 1-based position in the subscription. */
export const v1Header = (n: number): string => `X-Parallel-Signature-${n}`;

/** Current: Ed25519 over `eventsUrl + timestamp + body`. */
export const v2Header = (n: number): string => `X-Parallel-Signature-V2-${n}`;

/**
 * A received signature header (lower-cased), with its version and key position.
 * @example parseSignatureHeader('x-parallel-signature-v2-1') // { version: 2, n: 1 }
 */
export function parseSignatureHeader(name: string): { version: 1 | 2; n: number } | undefined {
  const m = /^x-parallel-signature-(v2-)?([1-9]\d*)$/.exec(name);
  return m ? { version: m[1] ? 2 : 1, n: Number(m[2]) } : undefined;
}
