import { Faker, base, en } from '@faker-js/faker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFastRandomizer } from './fast-randomizer.ts';
import { uuidFrom } from './fast-uuid.ts';
import { seededFaker } from './seeded-faker.ts';

describe('uuidFrom', () => {
  it("writes faker's own string.uuid() from the same draws, draw for draw", () => {
    // Two fakers on two randomizers seeded alike: faker's uuid on one, ours on the other, then the next draw must agree too.
    const theirs = createFastRandomizer();
    const ours = createFastRandomizer();
    const faker = new Faker({ locale: [en, base], randomizer: theirs });
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        theirs.seed(seed);
        ours.seed(seed);
        expect(uuidFrom(ours.next)).toBe(faker.string.uuid());
        expect(ours.next()).toBe(theirs.next());
      }),
      { numRuns: 2000 },
    );
  });

  it('is what seeded fakers answer for string.uuid(), and version 7 still comes from faker', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const reference = new Faker({ locale: [en, base], randomizer: createFastRandomizer() });
    for (let seed = 0; seed < 50; seed++) {
      reference.seed(seed);
      expect(seededFaker({ locale: 'en', seed, now }).string.uuid()).toBe(reference.string.uuid());
    }
    expect(seededFaker({ locale: 'en', seed: 1, now }).string.uuid({ version: 7, refDate: now })).toMatch(/^019b7[0-9a-f]{3}-[0-9a-f]{4}-7/);
  });
});
