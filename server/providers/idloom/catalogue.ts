/**
 * @module The idloom catalogue: the eight triggers, described by the fixtures. Manual triggers list
 * the names the settings define, since those are what an organiser clicks.
 */
import type { EventSpec } from '../types.ts';
import type { IdloomFixtures } from './fixtures.ts';
import type { IdloomSettings } from './settings.ts';
import { idloomTriggers } from './triggers.ts';

const groups = { event: 'Event', guest: 'Guest' } as const;

/**
 * @example buildCatalogue(fixtures, settings)['guest.manual'] // { description: …, group: 'Guest', meta: { manualTriggers: ['Sync to CRM'] } }
 */
export function buildCatalogue(fixtures: IdloomFixtures, settings: Pick<IdloomSettings, 'manualTriggers'>): Record<string, EventSpec> {
  return Object.fromEntries(
    idloomTriggers.map((t) => {
      const spec: EventSpec = { description: fixtures[t.object].fixture.triggers[t.action].description, group: groups[t.object] };
      if (t.action === 'manual') spec.meta = { manualTriggers: [...settings.manualTriggers] };
      return [t.name, spec];
    }),
  );
}
