/** @module The Ploomes provider (Brazilian CRM): Entity × Action webhooks with a validation key. */
import { defineProvider } from '../types.ts';
import { buildCatalogue, listEvents } from './catalogue.ts';
import { ploomesCredentials } from './credentials.ts';
import { encodePloomes } from './encode.ts';
import { explainPloomes } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generatePloomesEvent } from './generate.ts';
import { ploomesMock } from './mock/index.ts';
import { ploomesPolicy } from './policy.ts';
import { ploomesSettingsSchema } from './settings.ts';
import { signPloomes } from './sign.ts';
import { verifyPloomes } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const events = listEvents(loadFixtures(defaultFixturesFolder));
const eventsByName = new Map(events.map((e) => [e.name, e]));

/**
 * @example ploomes.generate('Deals.Win', { seed: 1, now: new Date(), set: {}, settings: ploomes.settings.parse({}) })
 */
export const ploomes = defineProvider({
  id: 'ploomes',
  name: 'Ploomes',
  description: 'Brazilian CRM: one webhook per Entity × Action (Contacts, Deals, Orders, Products, Quotes, Tasks), with New and Old record states.',
  locale: 'pt_BR',
  auth: {
    scheme: 'validation-key',
    description:
      'No signature: the ValidationKey given when the webhook was registered is sent back in X-Ploomes-Validation-Key on every delivery. Compare it in constant time.',
  },
  catalogue: buildCatalogue(events),
  settings: ploomesSettingsSchema,
  credentials: ploomesCredentials,
  policy: ploomesPolicy,
  sensitiveHeaders: ['x-ploomes-validation-key'],
  generate: (event, context) => generatePloomesEvent(eventsByName, event, context),
  encode: (context) => encodePloomes(context),
  sign: (context) => signPloomes(context),
  verify: (context) => verifyPloomes(context),
  mock: ploomesMock,
  explain: (context) => explainPloomes(context),
});
