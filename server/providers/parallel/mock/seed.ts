/**
 * @module The data set a fresh workbench's Parallel mock starts with: 25 profiles, 3 templates and 30
 * parallels (enough to page with `limit` up to 10), and the counters new ids continue from. Pure:
 * the same seed, clock and settings give the same records.
 */
import { seededFaker } from '../../../generate/seeded-faker.ts';
import type { JsonObject } from '../../../util/json.ts';
import type { MockSeedContext } from '../../mock-types.ts';
import type { ParallelSettings } from '../settings.ts';
import { counterStarts, countersCollection } from './counters.ts';
import { orgUser } from './org-user.ts';
import { petitionJson } from './petition-record.ts';
import { toJson } from './profile-record.ts';
import { seedPetitions, seedTemplates } from './seed-petitions.ts';
import { seedProfiles, type SeedNumbers } from './seed-profiles.ts';

/**
 * @example seedParallel({ seed: 1, now, settings }).profiles.length // 25
 */
export function seedParallel({ seed, now, settings }: MockSeedContext<ParallelSettings>): Record<string, JsonObject[]> {
  // Users first: orgUser reseeds the shared faker of the locale.
  const owners = settings.userIds.map((n) => orgUser(settings, n));
  const faker = seededFaker({ locale: settings.locale, seed, now });
  const last = new Map<string, number>();
  const numbers: SeedNumbers = {
    next(type) {
      // Serial ids with small gaps, as rows deleted over the years leave [inferred].
      const n = (last.get(type) ?? counterStarts[type] ?? 0) + faker.number.int({ min: 1, max: 4 });
      last.set(type, n);
      return n;
    },
  };
  const profiles = seedProfiles({ faker, now, orgId: settings.orgId, locale: settings.locale, numbers });
  const templates = seedTemplates({ faker, now, locale: settings.locale });
  const petitions = seedPetitions({ faker, now, locale: settings.locale, templates, owners, numbers });
  return {
    profiles: profiles.map(toJson),
    templates: templates.map((t) => t as unknown as JsonObject),
    petitions: petitions.map(petitionJson),
    [countersCollection]: [...last].map(([type, n]) => ({ id: type, next: n + 1 })),
  };
}
