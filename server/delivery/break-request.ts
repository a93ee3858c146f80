/** @module The `body` and `signature` faults: deliberate, deterministic damage to one attempt. */
import type { Faults } from './faults.ts';

/** How far back a `stale` signature's clock is set: past every provider's tolerance window (5 min). */
export const staleSignatureAgeMs = 60 * 60 * 1000;

/**
 * A broken body; the signature is computed afterwards over these bytes, as CONTRACT.md says.
 * @example breakBody('{"a":1}', 'malformed') // '{"a":1,}'
 */
export function breakBody(body: string, fault: NonNullable<Faults['body']>): string {
  switch (fault) {
    case 'empty':
      return '';
    case 'truncated':
      return body.slice(0, Math.floor(body.length / 2));
    case 'malformed': {
      // A trailing comma before the last character: still looks like the payload, no strict parser accepts it.
      return body.length < 2 ? '{,' : `${body.slice(0, -1)},${body.slice(-1)}`;
    }
  }
}

/**
 * Authentication headers with every signature or key altered by one character. Pure-digit values
 * (timestamps) stay, so only the signature is wrong, not the clock.
 * @example corruptAuthHeaders({ 'X-Key': 'abc' }) // { 'X-Key': 'abd' }
 */
export function corruptAuthHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, /^\d+$/.test(value) ? value : value.split(' ').map(corruptToken).join(' ')]),
  );
}

/**
 * Alters the alphanumeric character nearest the middle of the token. Not the last one: in base64 the
 * last character before "=" padding carries padding bits that decoders drop, so changing it can leave
 * the decoded signature intact.
 */
function corruptToken(token: string): string {
  const positions = [...token].flatMap((c, i) => (/[A-Za-z0-9]/.test(c) ? [i] : []));
  const i = positions[Math.floor(positions.length / 2)];
  if (i === undefined) return `${token}x`;
  const c = token[i] as string;
  const swapped = c === 'A' ? 'B' : c === 'a' ? 'b' : c === '0' ? '1' : /[0-9]/.test(c) ? '0' : /[a-z]/.test(c) ? 'a' : 'A';
  return `${token.slice(0, i)}${swapped}${token.slice(i + 1)}`;
}
