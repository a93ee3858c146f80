/**
 * @module The Standard Webhooks catalogue: a few generic example events, grouped by resource, and the
 * spec any other event name gets (the provider's `anyEvent`).
 */
import type { EventSpec } from '../types.ts';
import { resourceOf } from './event-name.ts';
import type { StandardFixtures } from './fixtures.ts';

/**
 * @example buildCatalogue(fixtures)['invoice.paid'] // { description: 'An invoice was paid in full…', group: 'invoice' }
 */
export function buildCatalogue(fixtures: StandardFixtures): Record<string, EventSpec> {
  return Object.fromEntries([...fixtures.events].map(([name, { fixture }]) => [name, { description: fixture.description, group: resourceOf(name) }]));
}

/** What pickers show for a name of the user's own. */
export function anyEventSpec(fixtures: StandardFixtures): EventSpec {
  return { description: fixtures.anyEvent.fixture.description, group: 'any event' };
}
