import { describe, expect, it } from 'vitest';
import { idloom } from './index.ts';

// Every call returns 0, 1, 2, … so the expected values can be worked out by hand.
const counting = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);
const schema = idloom.credentials.schema;

describe('idloom credentials', () => {
  it('make a Bearer token of 32 random bytes (base64url) and an API key of 20 (hex)', () => {
    expect(idloom.credentials.generate(counting)).toEqual({
      // base64url of the bytes 0x00…0x1f
      headers: { Authorization: 'Bearer AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' },
      apiKey: '000102030405060708090a0b0c0d0e0f10111213',
    });
  });

  it('show a receiver each header under its name, and the API key', () => {
    expect(idloom.credentials.verification({ headers: { Authorization: 'Bearer t', 'X-Tenant': 'acme' }, apiKey: 'k' })).toEqual({
      Authorization: 'Bearer t',
      'X-Tenant': 'acme',
      apiKey: 'k',
    });
  });

  it('keep a header named like the API key apart from it', () => {
    expect(idloom.credentials.verification({ headers: { ApiKey: 'h' }, apiKey: 'k' })).toEqual({ 'headers.ApiKey': 'h', apiKey: 'k' });
  });

  it('accept any custom headers, or none', () => {
    expect(schema.safeParse({ headers: { 'X-Api-Key': 'abc', Authorization: 'Basic dTpw' }, apiKey: 'k' }).success).toBe(true);
    expect(schema.safeParse({ headers: {}, apiKey: 'k' }).success).toBe(true);
  });

  it.each([
    ['a header the engine writes', { headers: { 'Content-Length': '3' }, apiKey: 'k' }],
    ['a header given twice', { headers: { Authorization: 'a', authorization: 'b' }, apiKey: 'k' }],
    ['a value with a line break', { headers: { Authorization: 'a\nb' }, apiKey: 'k' }],
    ['an empty API key', { headers: {}, apiKey: '' }],
  ])('refuse %s', (_, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
