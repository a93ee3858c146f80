import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase58 } from './base58.ts';
import { fromGlobalId, toGlobalId } from './global-id.ts';

// Copied from the research file (§1.3: "computed with the provider's algorithm").
const examples: [string, number, string][] = [
  ['Profile', 1042, '2X3uPTSX2EK9dhTqj'],
  ['ProfileEvent', 48213, '4LXfhJbyUPJfvTBsrX8VbiH6A'],
  ['User', 17, '4EpJtbARxz'],
  ['ProfileRelationship', 311, '2fNZGkuxVdPMyRZwRuBPirfFXFNCC4tp'],
  ['ProfileRelationshipType', 4, 'ZNULFmTiWuvA4qm3AMsrxucoHK1zS31o4F'],
  ['PetitionEvent', 902311, '27xsJmLetVDAymZNLxxmSmP7kyE8'],
  ['Petition', 5521, '7hPcD6DeeWJAi2XekY'],
  ['PetitionAccess', 812, '4LQbMmpAnq7Rn9eFE7iWNTRvH'],
  ['ProfileEventSubscription', 10, 'Bsd62FNCRzjSq6RQmAZe2HvXbqYSFQtByiM9h'],
];

describe('Parallel global ids', () => {
  it.each(examples)('writes %s:%i as %s, as the research file computed', (type, id, globalId) => {
    expect(toGlobalId(type, id)).toBe(globalId);
  });

  it.each(examples)('reads %s:%i back from %s', (type, id, globalId) => {
    expect(fromGlobalId(globalId, type)).toEqual({ type, id });
  });

  it('refuses an id of another type', () => {
    expect(() => fromGlobalId('4EpJtbARxz', 'Profile')).toThrow(/not a Profile id/);
  });

  it.each([
    ['a character outside base58', '4EpJtbARx0'],
    ['base58 that is not Type:number', '2NEpo7TZRRrLZSi2U'],
    ['an id of zero', toGlobalId('User', 0)],
  ])('refuses %s', (_, text) => {
    expect(() => fromGlobalId(text)).toThrow(/not a Parallel global id/);
  });

  it('gives a repeated id the same global id, also when ids share a remembered slot (1, 65, 129…)', () => {
    const ids = [1, 2, 65, 1, 129, 65, 2, 1];
    expect(ids.map((n) => toGlobalId('User', n))).toEqual(ids.map((n) => encodeBase58(Buffer.from(`User:${n}`))));
  });

  it('encodes the UTF-8 bytes of `<type>:<id>`, whatever the type and id (the shared buffer path and the Buffer one)', () => {
    const type = fc.oneof(fc.constantFrom('Profile', 'ProfileRelationshipType', 'Tag'), fc.string({ maxLength: 70 }), fc.string({ unit: 'binary', maxLength: 8 }));
    const id = fc.oneof(fc.integer(), fc.maxSafeNat(), fc.double(), fc.constantFrom(0, -0, 9, 10, 99, 100, 2 ** 53, 1e21));
    fc.assert(
      fc.property(type, id, (t, n) => {
        expect(toGlobalId(t, n)).toBe(encodeBase58(Buffer.from(`${t}:${n}`, 'utf8')));
      }),
      { numRuns: 2000 },
    );
  });
});
