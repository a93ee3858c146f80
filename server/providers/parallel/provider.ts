/** @module The Parallel provider (onparallel.com, Spanish KYC platform): profile and petition events signed with Ed25519. */
import { defineProvider } from '../types.ts';
import { buildCatalogue, listEvents } from './catalogue.ts';
import { parallelCredentials } from './credentials.ts';
import { encodeParallel } from './encode.ts';
import { explainParallel } from './explain.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateParallelEvent } from './generate.ts';
import { parallelMock } from './mock/index.ts';
import { parallelPolicy } from './policy.ts';
import { parallelSettingsSchema } from './settings.ts';
import { signParallel } from './sign.ts';
import { verifyParallel } from './verify.ts';

// Read once at module load; an invalid fixture fails start-up with its file and JSON path.
const events = listEvents(loadFixtures(defaultFixturesFolder));
const eventsByType = new Map(events.map((e) => [e.type, e]));

/**
 * @example parallel.generate('PROFILE_CREATED', { seed: 1, now: new Date(), set: {}, settings: parallel.settings.parse({}) })
 */
export const parallel = defineProvider({
  id: 'parallel',
  name: 'Parallel',
  description:
    'Spanish KYC and document-collection platform (onparallel.com): profile events and petition ("parallel") events, `{id, profileId|petitionId, type, data, createdAt}` with base58 global ids.',
  locale: 'es',
  auth: {
    scheme: 'ed25519',
    description:
      'Ed25519 per signature key (up to 5): X-Parallel-Signature-V2-N over URL + X-Parallel-Signature-Timestamp (ms) + body, and the legacy X-Parallel-Signature-N over the body. Verify with the public keys (base64 SPKI DER), trying every header against every key.',
  },
  catalogue: buildCatalogue(events),
  settings: parallelSettingsSchema,
  credentials: parallelCredentials,
  policy: parallelPolicy,
  // Signatures verify with public keys: nothing on the wire is secret.
  sensitiveHeaders: [],
  generate: (type, context) => generateParallelEvent(eventsByType, type, context),
  encode: (context) => encodeParallel(context),
  sign: (context) => signParallel(context),
  verify: (context) => verifyParallel(context),
  explain: (context) => explainParallel(context),
  mock: parallelMock,
});
