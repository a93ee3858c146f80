/**
 * @module The `webhook-id` of a delivery: `msg_` + a KSUID (27 base62 characters: 4 bytes of seconds
 * since 2014-05-13, then 16 random bytes), as Svix makes them. The spec's example id
 * `msg_2KWPBgLlAfxdpx2AI54pPJ85f4W` decodes to 1674087231, the example's own webhook-timestamp.
 */

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** KSUID's epoch: 1400000000 s (segmentio/ksuid). */
const ksuidEpochSeconds = 1_400_000_000;
const length = 27;

/**
 * @example messageId({ time: new Date('2023-01-19T00:13:51Z'), random }) // 'msg_2KWP…' (27 characters after msg_)
 */
export function messageId({ time, random }: { time: Date; random: Uint8Array }): string {
  if (random.length !== 16) throw new Error(`a KSUID has 16 random bytes, not ${random.length}`);
  const seconds = Math.max(0, Math.floor(time.getTime() / 1000) - ksuidEpochSeconds) >>> 0;
  let n = BigInt(seconds);
  for (const byte of random) n = (n << 8n) | BigInt(byte);
  let text = '';
  for (; n > 0n; n /= 62n) text = alphabet[Number(n % 62n)] + text;
  return `msg_${text.padStart(length, '0')}`;
}
