import { describe, expect, it } from 'vitest';
import { messageId } from './message-id.ts';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A KSUID's 20 bytes, decoded here independently of the code under test. */
function decode(id: string): Buffer {
  let n = 0n;
  for (const c of id) n = n * 62n + BigInt(alphabet.indexOf(c));
  return Buffer.from(n.toString(16).padStart(40, '0'), 'hex');
}

describe('standard message id', () => {
  it('has the shape of the spec’s example id, whose KSUID time is its own webhook-timestamp', () => {
    // Spec, "Webhook headers": webhook-id msg_2KWPBgLlAfxdpx2AI54pPJ85f4W, webhook-timestamp 1674087231.
    expect(decode('2KWPBgLlAfxdpx2AI54pPJ85f4W').readUInt32BE(0) + 1_400_000_000).toBe(1674087231);
  });

  it('writes msg_ + 27 base62 characters: the time in seconds, then the 16 random bytes', () => {
    const random = Uint8Array.from({ length: 16 }, (_, i) => i * 16 + 1);
    const id = messageId({ time: new Date(1674087231_500), random });
    expect(id).toMatch(/^msg_[0-9A-Za-z]{27}$/);
    const bytes = decode(id.slice(4));
    expect(bytes.readUInt32BE(0) + 1_400_000_000).toBe(1674087231);
    expect([...bytes.subarray(4)]).toEqual([...random]);
  });

  it('pads small values with zeros to 27 characters', () => {
    expect(messageId({ time: new Date(1_400_000_000_000), random: new Uint8Array(16) })).toBe(`msg_${'0'.repeat(27)}`);
  });
});
