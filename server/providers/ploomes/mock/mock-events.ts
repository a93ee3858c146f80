/**
 * @module The Ploomes catalogue as the mock needs it: the same fixtures the provider generates from
 * (read again here: provider.ts keeps its list private), by `<Entity>.<Action>`.
 */
import type { PloomesEvent } from '../catalogue.ts';
import { listEvents } from '../catalogue.ts';
import { defaultFixturesFolder, loadFixtures } from '../fixtures.ts';
import type { PloomesAction, PloomesEntity } from '../ids.ts';

const events = listEvents(loadFixtures(defaultFixturesFolder));

export const mockEvents: ReadonlyMap<string, PloomesEvent> = new Map(events.map((e) => [e.name, e]));

/** The catalogue event of an Entity × Action pair; undefined when Ploomes has no such webhook (Contacts.Win). */
export const eventOf = (entity: PloomesEntity, action: PloomesAction): PloomesEvent | undefined => mockEvents.get(`${entity}.${action}`);

/** How many events the catalogue has: generated bodies use WebhookIds up to `webhookIdBase` + this − 1. */
export const catalogueSize = events.length;
