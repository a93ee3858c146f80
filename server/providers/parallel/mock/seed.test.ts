import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../util/json.ts';
import { fromGlobalId } from '../global-id.ts';
import { parallel } from '../index.ts';
import { parallelSettingsSchema } from '../settings.ts';
import { profileTypeFields } from './profile-type.ts';
import { seedParallel } from './seed.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = parallelSettingsSchema.parse({});
const numberOf = (record: JsonObject, type: string) => fromGlobalId(String(record.id), type).id;

describe('parallel mock seed', () => {
  it('gives the same records for the same seed, clock and settings', () => {
    expect(JSON.stringify(seedParallel({ seed: 1, now, settings }))).toBe(JSON.stringify(seedParallel({ seed: 1, now, settings })));
    expect(JSON.stringify(seedParallel({ seed: 2, now, settings }))).not.toBe(JSON.stringify(seedParallel({ seed: 1, now, settings })));
  });

  it('holds enough profiles and parallels to page, oldest first, with global ids of their type', () => {
    const { profiles = [], petitions = [], templates = [] } = seedParallel({ seed: 1, now, settings });
    expect(profiles).toHaveLength(25);
    expect(petitions).toHaveLength(30);
    expect(templates).toHaveLength(3);
    const created = profiles.map((p) => String(p.createdAt));
    expect(created).toEqual([...created].sort());
    expect(new Set(profiles.map((p) => numberOf(p, 'Profile'))).size).toBe(25);
    const templateIds = new Set(templates.map((t) => t.id));
    expect(petitions.every((p) => templateIds.has(p.fromTemplateId ?? ''))).toBe(true);
  });

  it('starts each counter after the numbers it seeded, so created records never collide', () => {
    const { profiles = [], counters = [] } = seedParallel({ seed: 1, now, settings });
    const next = Object.fromEntries(counters.map((c) => [c.id, c.next]));
    expect(next.Profile).toBe(Math.max(...profiles.map((p) => numberOf(p, 'Profile'))) + 1);
    expect(next.Petition).toBeGreaterThan(5000);
  });

  it.each([1, 2, 3, 42])('names the fields as the webhook generators do: seed %i’s field id is the mock’s field of that alias', (seed) => {
    const event = parallel.generate('PROFILE_FIELD_VALUE_UPDATED', { seed, now, set: {}, settings }).payload as { data: { alias: string; profileTypeFieldId: string } };
    const field = profileTypeFields(settings.orgId).find((f) => f.alias === event.data.alias);
    expect(field?.id).toBe(event.data.profileTypeFieldId);
  });
});
