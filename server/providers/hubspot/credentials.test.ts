import { describe, expect, it } from 'vitest';
import { hubspot } from './index.ts';

// Every call returns 0, 1, 2, … so the expected values can be worked out by hand.
const counting = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);
const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('hubspot credentials', () => {
  it('makes a UUID client secret, a pat-na1- token and a UUID developer key from 48 bytes, with the default app id', () => {
    const credentials = hubspot.credentials.generate(counting);
    expect(credentials).toEqual({
      // Bytes 0x00…0x0f with the version nibble (byte 6) set to 4 and the variant bits (byte 8) to 10.
      clientSecret: '00010203-0405-4607-8809-0a0b0c0d0e0f',
      appId: hubspot.settings.parse({}).appId,
      accessToken: 'pat-na1-10111213-1415-4617-9819-1a1b1c1d1e1f',
      developerApiKey: '20212223-2425-4627-a829-2a2b2c2d2e2f',
    });
    expect(hubspot.credentials.schema.parse(credentials)).toEqual(credentials);
  });

  it('gives three different values even from a byte source that repeats itself', () => {
    const credentials = hubspot.credentials.generate((size) => new Uint8Array(size).fill(7).map((v, i) => v + i));
    expect(new Set([credentials.clientSecret, credentials.accessToken.slice(8), credentials.developerApiKey]).size).toBe(3);
    for (const value of [credentials.clientSecret, credentials.accessToken.slice('pat-na1-'.length), credentials.developerApiKey]) expect(value).toMatch(uuidV4);
  });

  it('shows a receiver the client secret, and the mock APIs their token and key', () => {
    expect(hubspot.credentials.verification({ clientSecret: 's', appId: 7, accessToken: 't', developerApiKey: 'k' })).toEqual({
      clientSecret: 's',
      appId: '7',
      accessToken: 't',
      developerApiKey: 'k',
    });
  });

  it('rotates the client secret only, as HubSpot does', () => {
    const current = hubspot.credentials.generate(counting);
    const rotated = hubspot.credentials.rotate?.(current, (size) => new Uint8Array(size).fill(0xff));
    expect(rotated).toEqual({ ...current, clientSecret: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
  });

  it.each([
    [{ clientSecret: '' }],
    [{ appId: 0 }],
    [{ accessToken: '' }],
    [{ extra: 1 }],
  ])('refuses %j', (change) => {
    expect(hubspot.credentials.schema.safeParse({ ...hubspot.credentials.generate(counting), ...change }).success).toBe(false);
  });
});
