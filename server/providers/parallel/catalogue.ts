/**
 * @module The Parallel catalogue: every event type the fixtures define, keyed by its wire `type`,
 * grouped "Profile" or "Petition", in the order of Parallel's enums.
 */
import type { EventSpec } from '../types.ts';
import { parallelGroupNames, parallelGroups, type ParallelGroup } from './event-types.ts';
import type { EventTemplate } from './fixture-schema.ts';
import type { LoadedFixture } from './fixtures.ts';

export interface ParallelEvent {
  type: string;
  group: ParallelGroup;
  template: EventTemplate;
  fixture: LoadedFixture;
}

/** Events in enum order, Profile first (not file or key order). */
export function listEvents(fixtures: Partial<Record<ParallelGroup, LoadedFixture>>): ParallelEvent[] {
  const events: ParallelEvent[] = [];
  for (const group of parallelGroupNames) {
    const fixture = fixtures[group];
    if (!fixture) continue;
    for (const type of parallelGroups[group].types) {
      const template = fixture.fixture.events[type];
      if (template) events.push({ type, group, template, fixture });
    }
  }
  return events;
}

/**
 * @example buildCatalogue(events).PROFILE_CLOSED // { description: …, group: 'Profile', meta: { subscription: 'PROFILE', dataShape: 'research' } }
 */
export function buildCatalogue(events: readonly ParallelEvent[]): Record<string, EventSpec> {
  return Object.fromEntries(
    events.map((e) => [
      e.type,
      { description: e.template.description, group: e.group, meta: { subscription: parallelGroups[e.group].subscription, dataShape: e.template.shape } },
    ]),
  );
}
