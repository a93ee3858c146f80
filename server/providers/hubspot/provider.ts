/** @module The HubSpot provider: batched CRM and conversation webhooks signed with the app's client secret (v3, v1 or v2). */
import { defineProvider } from '../types.ts';
import { buildCatalogue } from './catalogue.ts';
import { hubspotCredentials } from './credentials.ts';
import { encodeHubSpot } from './encode.ts';
import { explainHubSpot } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateHubSpotBatch, genericPool, type HubSpotData } from './generate.ts';
import { hubspotMock } from './mock/index.ts';
import { hubspotPolicy } from './policy.ts';
import { hubspotSettingsSchema } from './settings.ts';
import { signHubSpot } from './sign.ts';
import { subscriptionTypes } from './subscription-types.ts';
import { verifyHubSpot } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const fixtures = loadFixtures(defaultFixturesFolder);
const data: HubSpotData = { types: new Map(subscriptionTypes.map((t) => [t.name, t])), fixtures };

/**
 * @example hubspot.generate('contact.propertyChange', { seed: 1, now: new Date(), set: {}, settings: hubspot.settings.parse({ batchSize: 3 }) })
 */
export const hubspot = defineProvider({
  id: 'hubspot',
  name: 'HubSpot',
  description:
    'HubSpot app webhooks: CRM (contacts, companies, deals, tickets, products, line items, generic objects) and conversation events, batched as a JSON array of up to 100 events per POST.',
  locale: 'en_US',
  auth: {
    scheme: 'hubspot-signature',
    description:
      "X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, method + URI + body + X-HubSpot-Request-Timestamp)); reject timestamps older than 5 minutes. By default the v1 digest hex(sha256(client secret + body)) also comes in X-HubSpot-Signature with X-HubSpot-Signature-Version: v1; v1 or v2 alone can be chosen per target (settings.signatureVersion).",
  },
  catalogue: buildCatalogue(subscriptionTypes, genericPool(fixtures).map((f) => f.objectTypeId ?? '')),
  settings: hubspotSettingsSchema,
  credentials: hubspotCredentials,
  policy: hubspotPolicy,
  // Signatures are MACs, not secrets: exported requests keep them so they can be verified again.
  sensitiveHeaders: [],
  generate: (event, context) => generateHubSpotBatch(data, event, context),
  encode: (context) => encodeHubSpot(context),
  sign: (context) => signHubSpot(context),
  verify: (context) => verifyHubSpot(context),
  explain: (context) => explainHubSpot(context),
  mock: hubspotMock,
});
