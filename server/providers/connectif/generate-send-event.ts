/**
 * @module The body of a custom send event: one JSON object keyed by field id, in field order.
 *
 * The customer (`$contact`, from `es.person`) is drawn first, then the type's `vars`, then each
 * field's template; fields without one get a value by type (field-values.ts). Optional fields are
 * left empty for about one contact in seven (`send.fillRate`), as `null` or left out (`send.emptyValue`).
 */
import { HookbenchError } from '../../errors.ts';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render, templateFor } from '../../generate/template.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { applySet, type SetOverrides } from '../../util/set-path.ts';
import { checkFieldValue } from './check-field-value.ts';
import { fieldValue } from './field-values.ts';
import type { SendEventType } from './send-event-type.ts';
import type { ConnectifSettings } from './settings.ts';
import { connectifHelpers, formatConnectifDate } from './template-helpers.ts';

export interface SendEventInput {
  type: SendEventType;
  /** Its position in `settings.sendEvents`, to name it in errors. */
  index: number;
  seed: number;
  now: Date;
  set: SetOverrides;
  settings: ConnectifSettings;
}

/** One template per event type (settings are parsed once), so it compiles once, not for every event. */
const sendTemplate = templateFor(
  (type: SendEventType): JsonObject => ({
    $vars: { contact: '{{es.person}}', ...type.vars },
    contact: '{{var.contact}}',
    fields: Object.fromEntries(type.fields.filter((f) => f.template !== undefined).map((f) => [f.id, f.template ?? null])),
  }),
);

/**
 * @example generateSendEvent({ type, index: 0, seed: 1, now, set: {}, settings }) // { email: 'lucia.garcia@gmail.com', puntosGanados: 84, … }
 */
export function generateSendEvent({ type, index, seed, now, set, settings }: SendEventInput): JsonValue {
  const faker = seededFaker({ locale: 'es', seed, now });
  const where = `settings.sendEvents[${index}]`;
  const template = sendTemplate(type);
  const context = { faker, helpers: connectifHelpers({ faker, now, settings }), formatDate: formatConnectifDate, source: `${where} ("${type.name}")` };
  const rendered = render(template, context);
  const contact = isJsonObject(rendered) && isJsonObject(rendered.contact) ? rendered.contact : {};
  const values = isJsonObject(rendered) && isJsonObject(rendered.fields) ? rendered.fields : {};

  const body: JsonObject = {};
  const valueContext = { faker, contact, now, formatDate: formatConnectifDate, storeUrl: settings.storeUrl };
  for (const [i, field] of type.fields.entries()) {
    const value = field.template === undefined ? fieldValue(field, valueContext) : (values[field.id] ?? null);
    const checked = checkFieldValue(field, value, settings.send.selectValue);
    if (!checked.ok) {
      const path = `${where}.fields[${i}]${field.template === undefined ? '' : '.template'}`;
      throw new HookbenchError('INVALID_TEMPLATE', `${path} (${field.type} field "${field.id}") ${checked.problem}`, { path });
    }
    body[field.id] = checked.value;
  }
  // Drawn after every value, so changing fillRate never changes the values themselves.
  for (const field of type.fields) {
    if (field.required || faker.datatype.boolean({ probability: settings.send.fillRate })) continue;
    if (settings.send.emptyValue === 'omit') delete body[field.id];
    else body[field.id] = null;
  }
  return applySet(body, set);
}
