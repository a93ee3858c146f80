/**
 * @module The Ploomes catalogue: one event per Entity × Action pair the fixtures define, named
 * `<Entity>.<Action>` with the words the payload carries (`Deals.Win`).
 */
import type { EventSpec } from '../types.ts';
import type { ActionSpec } from './fixture-schema.ts';
import type { LoadedFixture } from './fixtures.ts';
import { defaultIdTable, ploomesActions, ploomesEntities, type PloomesAction, type PloomesEntity, type PloomesIdTable } from './ids.ts';

export interface PloomesEvent {
  name: string;
  entity: PloomesEntity;
  action: PloomesAction;
  /** Stable position in the catalogue: each event is its own webhook, `WebhookId = base + index`. */
  index: number;
  spec: ActionSpec;
  fixture: LoadedFixture;
}

/** Events in catalogue order: entities, then actions, in ids.ts order (not file or key order). */
export function listEvents(fixtures: Partial<Record<PloomesEntity, LoadedFixture>>): PloomesEvent[] {
  const events: PloomesEvent[] = [];
  for (const entity of ploomesEntities) {
    const fixture = fixtures[entity];
    if (!fixture) continue;
    for (const action of ploomesActions) {
      const spec = fixture.fixture.actions[action];
      if (spec) events.push({ name: `${entity}.${action}`, entity, action, index: events.length, spec, fixture });
    }
  }
  return events;
}

/**
 * The catalogue as pickers show it. `meta` holds the default ids: the catalogue is static, so ids
 * overridden in settings show up in the mock API, not here.
 * @example buildCatalogue(events)['Deals.Win'] // { description: …, group: 'Deals', meta: { entityId: 2, actionId: 4 } }
 */
export function buildCatalogue(events: readonly PloomesEvent[], ids: PloomesIdTable = defaultIdTable): Record<string, EventSpec> {
  return Object.fromEntries(
    events.map((e) => [
      e.name,
      { description: e.spec.description, group: e.entity, meta: { entityId: ids.entities[e.entity], actionId: ids.actions[e.action] } },
    ]),
  );
}
