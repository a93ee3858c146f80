/** @module The idloom provider (idloom-events, Brussels): event and guest webhooks authenticated by custom headers. */
import { defineProvider, type Provider } from '../types.ts';
import { buildCatalogue } from './catalogue.ts';
import { idloomCredentials, type IdloomCredentials } from './credentials.ts';
import { encodeIdloom } from './encode.ts';
import { explainIdloom } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateIdloomEvent } from './generate.ts';
import { idloomMock } from './mock/index.ts';
import { idloomPolicy } from './policy.ts';
import { idloomSettingsSchema, type IdloomSettings } from './settings.ts';
import { signIdloom } from './sign.ts';
import { idloomScheme, verifyIdloom } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const fixtures = loadFixtures(defaultFixturesFolder);

/**
 * @example idloom.generate('guest.update', { seed: 1, now: new Date(), set: {}, settings: idloom.settings.parse({}) })
 */
export const idloom: Provider<IdloomSettings, IdloomCredentials> = defineProvider({
  id: 'idloom',
  name: 'idloom',
  description:
    'Event registration platform (idloom-events, Belgium): webhooks on events and guests (create, update, delete, manual triggers) carrying the flat record, with a per-webhook method, custom headers and event filter.',
  locale: 'fr',
  auth: {
    scheme: idloomScheme,
    description:
      'No signature: the custom headers set on the webhook (here Authorization: Bearer <token>) are sent unchanged on every delivery. Compare each in constant time.',
  },
  catalogue: buildCatalogue(fixtures, idloomSettingsSchema.parse({})),
  settings: idloomSettingsSchema,
  credentials: idloomCredentials,
  policy: idloomPolicy,
  // Only the default credential header can be listed: this list is static (see docs/providers/idloom.md).
  sensitiveHeaders: ['authorization'],
  generate: (event, context) => generateIdloomEvent(fixtures, event, context),
  encode: (context) => encodeIdloom(context),
  sign: (context) => signIdloom(context),
  verify: (context) => verifyIdloom(context),
  explain: (context) => explainIdloom(context),
  mock: idloomMock,
  // The manual triggers in the catalogue are the ones the workbench's settings define.
  configure: (settings) => ({ ...idloom, catalogue: buildCatalogue(fixtures, settings) }),
});
