/**
 * @module The Connectif provider (Spanish e-commerce marketing automation): custom send events and
 * Email Integration webhooks, authenticated only by static headers. The catalogue depends on the
 * settings (`sendEvents`), so `configure(settings)` builds the provider; the export is the default one.
 */
import { defineProvider, type Provider } from '../types.ts';
import { buildCatalogue } from './catalogue.ts';
import { connectifCredentials, type ConnectifCredentials } from './credentials.ts';
import { encodeConnectif } from './encode.ts';
import { explainConnectif } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateConnectifEvent } from './generate.ts';
import { connectifMock } from './mock/index.ts';
import { connectifPolicy } from './policy.ts';
import { createSettingsSchema, type ConnectifSettings } from './settings.ts';
import { signConnectif } from './sign.ts';
import { connectifScheme, verifyConnectif } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const fixtures = loadFixtures(defaultFixturesFolder);

export const connectifSettingsSchema = createSettingsSchema(fixtures.sendEvents);

/**
 * Header names redacted in logs and exports. The interface takes a fixed list, while the headers are
 * the user's: this covers hookbench's default and the names people usually pick.
 */
export const connectifSensitiveHeaders = ['x-connectif-token', 'authorization', 'x-api-key', 'api-key', 'x-auth-token', 'x-webhook-token', 'x-webhook-secret', 'x-token'];

/**
 * The provider with the catalogue of these settings (`send.<slug>` per send event type).
 * @example configureConnectif(connectifSettingsSchema.parse({ sendEvents: [myType] })).catalogue
 */
export function configureConnectif(settings: ConnectifSettings): Provider<ConnectifSettings, ConnectifCredentials> {
  return defineProvider({
    id: 'connectif',
    name: 'Connectif',
    description:
      'Spanish e-commerce marketing automation: custom "send" events posted by workflows as JSON keyed by field id, and Email Integration webhooks (subscription and cancellation as GET ?email=&ip=, bounces as JSON).',
    locale: 'es',
    auth: {
      scheme: connectifScheme,
      description:
        'No signature: Connectif sends the static webhookHeaders you give the event type (e.g. X-Connectif-Token: <token>) on every call. Compare each one in constant time.',
    },
    catalogue: buildCatalogue(fixtures.email, settings),
    settings: connectifSettingsSchema,
    credentials: connectifCredentials,
    policy: connectifPolicy,
    sensitiveHeaders: connectifSensitiveHeaders,
    generate: (event, context) => generateConnectifEvent(fixtures, event, context),
    encode: (context) => encodeConnectif(context),
    sign: (context) => signConnectif(context),
    verify: (context) => verifyConnectif(context),
    explain: (context) => explainConnectif(context),
    mock: connectifMock,
    configure: configureConnectif,
  });
}

/**
 * Connectif with the default settings (three example send events); the workbench calls
 * `configure` with the config file's settings at start-up.
 * @example connectif.generate('email.subscription', { seed: 1, now: new Date(), set: {}, settings: connectif.settings.parse({}) })
 */
export const connectif = configureConnectif(connectifSettingsSchema.parse({}));
