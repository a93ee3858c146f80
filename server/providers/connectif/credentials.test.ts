import { describe, expect, it } from 'vitest';
import { connectif } from './index.ts';

// Every call returns 0, 1, 2, … so the expected values can be worked out by hand.
const counting = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);

describe('connectif credentials', () => {
  it('makes a base64url token header from 32 bytes and an apiKey of a 24-hex id and a 32-byte secret', () => {
    const credentials = connectif.credentials.generate(counting);
    expect(credentials).toEqual({
      headers: { 'X-Connectif-Token': 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' },
      apiKey: '000102030405060708090a0b:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
    });
    expect(connectif.credentials.schema.parse(credentials)).toEqual(credentials);
  });

  it('shows a receiver each header by its name, and the API key', () => {
    expect(connectif.credentials.verification({ headers: { 'X-Connectif-Token': 't', Authorization: 'Bearer b' }, apiKey: 'id:secret' })).toEqual({
      'X-Connectif-Token': 't',
      Authorization: 'Bearer b',
      apiKey: 'id:secret',
    });
  });

  it('accepts no headers at all (an event type without webhookHeaders)', () => {
    expect(connectif.credentials.schema.safeParse({ headers: {}, apiKey: 'a:b' }).success).toBe(true);
  });

  it.each([
    ['an apiKey without its secret', { headers: {}, apiKey: 'only-id' }, 'apiKey'],
    ['a header name with a space', { headers: { 'X Token': 'v' }, apiKey: 'a:b' }, 'headers.X Token'],
    ['a header value with a line break', { headers: { 'X-Token': 'a\r\nX-Evil: 1' }, apiKey: 'a:b' }, 'headers.X-Token'],
    ['an empty header value', { headers: { 'X-Token': '' }, apiKey: 'a:b' }, 'headers.X-Token'],
    ['a header the HTTP client sets', { headers: { 'Content-Length': '1' }, apiKey: 'a:b' }, 'headers.Content-Length'],
    ['one header twice in other cases', { headers: { 'X-Token': 'a', 'x-token': 'b' }, apiKey: 'a:b' }, 'headers.x-token'],
  ])('refuses %s', (_, input, path) => {
    const result = connectif.credentials.schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
