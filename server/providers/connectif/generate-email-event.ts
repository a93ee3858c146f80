/**
 * @module The payload of an Email Integration webhook: `{email, ip}` (sent as the query of a GET) or
 * `{bounceErrorMessage, email}` (a JSON POST), rendered from `fixtures/connectif/email.*.json`.
 */
import { HookbenchError } from '../../errors.ts';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render, templateFor } from '../../generate/template.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { applySet, type SetOverrides } from '../../util/set-path.ts';
import type { EmailFixture } from './fixtures.ts';
import type { ConnectifSettings } from './settings.ts';
import { connectifHelpers, formatConnectifDate } from './template-helpers.ts';

export interface EmailEventInput {
  fixture: EmailFixture;
  seed: number;
  now: Date;
  set: SetOverrides;
  settings: ConnectifSettings;
}

// The contact is drawn first, so every Connectif event of one seed is about the same person.
const emailTemplate = templateFor((fixture: EmailEventInput['fixture']): JsonObject => ({ $vars: { contact: '{{es.person}}' }, payload: fixture.payload }));

/**
 * The same seed draws the same contact as in every other Connectif event, so seed 7 can subscribe,
 * receive a coupon and bounce as one person.
 * @example generateEmailEvent({ fixture, seed: 7, now, set: { ip: '' }, settings }) // { email: '…', ip: '' }
 */
export function generateEmailEvent({ fixture, seed, now, set, settings }: EmailEventInput): JsonValue {
  const faker = seededFaker({ locale: 'es', seed, now });
  const context = { faker, helpers: connectifHelpers({ faker, now, settings }), formatDate: formatConnectifDate, source: fixture.source };
  const rendered = render(emailTemplate(fixture), context);
  const payload = isJsonObject(rendered) ? rendered.payload : undefined;
  if (!isJsonObject(payload)) {
    throw new HookbenchError('INVALID_TEMPLATE', `${fixture.source} at $.payload: renders to ${JSON.stringify(payload)}, not an object`, { path: '$.payload' });
  }
  return applySet(payload, set);
}
