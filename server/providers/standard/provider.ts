/** @module The Standard Webhooks provider: any event name, signed with v1 (HMAC) and/or v1a (Ed25519), delivered as Svix does. */
import { defineProvider } from '../types.ts';
import { anyEventSpec, buildCatalogue } from './catalogue.ts';
import { standardCredentials } from './credentials.ts';
import { encodeStandard } from './encode.ts';
import { explainStandard } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateStandardEvent } from './generate.ts';
import { standardPolicy } from './policy.ts';
import { standardSettingsSchema } from './settings.ts';
import { signStandard } from './sign.ts';
import { verifyStandard } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const fixtures = loadFixtures(defaultFixturesFolder);

/**
 * @example standard.generate('subscription.renewed', { seed: 1, now: new Date(), set: {}, settings: standard.settings.parse({}) })
 */
export const standard = defineProvider({
  id: 'standard',
  name: 'Standard Webhooks',
  description:
    'The Standard Webhooks spec (standardwebhooks.com), for any receiver built on it: any event name, the {type, timestamp, data} envelope, webhook-id/-timestamp/-signature headers, retried on Svix’s schedule.',
  locale: 'en',
  auth: {
    scheme: 'standard-webhooks',
    description:
      'webhook-signature holds space-separated "v1,<base64 HMAC-SHA256>" (whsec_ secret) and/or "v1a,<base64 Ed25519>" (whpk_ public key) entries over "<webhook-id>.<webhook-timestamp>.<raw body>"; webhook-timestamp is in seconds and must be within 5 minutes.',
  },
  catalogue: buildCatalogue(fixtures),
  anyEvent: anyEventSpec(fixtures),
  settings: standardSettingsSchema,
  credentials: standardCredentials,
  policy: standardPolicy,
  // Signatures are not secrets (they cannot give the key away) and a replayable export needs them.
  sensitiveHeaders: [],
  generate: (event, context) => generateStandardEvent(fixtures, event, context),
  encode: (context) => encodeStandard(context),
  sign: (context) => signStandard(context),
  verify: (context) => verifyStandard(context),
  explain: (context) => explainStandard(context),
});
