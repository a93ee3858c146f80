import { describe, expect, it } from 'vitest';
import { ploomes } from './index.ts';

// Every call returns 0, 1, 2, … so the expected keys can be worked out by hand.
const counting = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);

describe('ploomes credentials', () => {
  it('makes a base64url validation key from 24 bytes and an uppercase hex User-Key from 64', () => {
    const credentials = ploomes.credentials.generate(counting);
    expect(credentials.validationKey).toBe('AAECAwQFBgcICQoLDA0ODxAREhMUFRYX');
    expect(credentials.userKey).toBe(Array.from({ length: 64 }, (_, i) => i.toString(16).padStart(2, '0')).join('').toUpperCase());
    expect(ploomes.credentials.schema.parse(credentials)).toEqual(credentials);
  });

  it('shows a receiver the validation key and the User-Key', () => {
    expect(ploomes.credentials.verification({ validationKey: 'k', userKey: 'U' })).toEqual({ validationKey: 'k', userKey: 'U' });
  });

  it('accepts an empty validation key (optional at registration) but not an empty User-Key', () => {
    expect(ploomes.credentials.schema.safeParse({ validationKey: '', userKey: 'U' }).success).toBe(true);
    expect(ploomes.credentials.schema.safeParse({ validationKey: 'k', userKey: '' }).success).toBe(false);
  });
});
