/** @module The seeded faker every generator draws from. */
import { Faker, base, de, en, es, fr, it, nl, pt_BR, type LocaleDefinition } from '@faker-js/faker';
import { createFastRandomizer } from './fast-randomizer.ts';
import { uuidFrom } from './fast-uuid.ts';

const locales: Record<string, LocaleDefinition> = { pt_BR, es, fr, nl, de, it, en };
const instances = new Map<string, Faker>();

export const supportedLocales = Object.keys(locales);

/**
 * A faker for `locale`, reseeded with `seed`, whose dates count from `now` (faker's default, the wall
 * clock, would make the same seed give other bytes tomorrow). One instance per locale is reused:
 * building one costs ~0.2 ms, and generation is synchronous, so a reseed fully isolates each event
 * as long as callers finish with it before the next call.
 * @example seededFaker({ locale: 'pt_BR', seed: 7, now }).person.firstName()
 */
export function seededFaker({ locale, seed, now }: { locale: string; seed: number; now: Date }): Faker {
  let faker = instances.get(locale);
  if (!faker) {
    const primary = locales[locale] ?? en;
    const randomizer = createFastRandomizer();
    faker = new Faker({ locale: primary === en ? [en, base] : [primary, en, base], randomizer });
    // The same text as faker's own (fast-uuid.ts), for templates' {{string.uuid}} and helpers alike.
    const uuid = faker.string.uuid.bind(faker.string);
    const fastUuid = (options?: Parameters<typeof uuid>[0]) => ((options?.version ?? 4) === 4 ? uuidFrom(randomizer.next) : uuid(options));
    Object.defineProperty(faker.string, 'uuid', { value: fastUuid, writable: true, configurable: true });
    instances.set(locale, faker);
  }
  faker.seed(seed);
  faker.setDefaultRefDate(now);
  return faker;
}
