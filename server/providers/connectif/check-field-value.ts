/**
 * @module Checks a rendered send-event value against its field's type and writes it as Connectif
 * would: numbers as numbers, dates as ISO 8601 text, phones in E.164, select options by id or label.
 */
import type { JsonValue } from '../../util/json.ts';
import type { SendEventField } from './send-event-type.ts';
import type { ConnectifSettings } from './settings.ts';

export type CheckedValue = { ok: true; value: JsonValue } | { ok: false; problem: string };

const e164 = /^\+[1-9]\d{6,14}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * @example checkFieldValue({ type: 'select', options: [{ id: 'oro', label: 'Oro' }], … }, 'Oro', 'id') // { ok: true, value: 'oro' }
 */
export function checkFieldValue(field: SendEventField, value: JsonValue, selectValue: ConnectifSettings['send']['selectValue']): CheckedValue {
  if (value === null) return field.required ? problem('is required but rendered null') : { ok: true, value };
  const shown = JSON.stringify(value);
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : problem(`rendered ${shown}, not a number`);
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : problem(`rendered ${shown}, not true or false`);
    case 'email':
      return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? { ok: true, value } : problem(`rendered ${shown}, not an e-mail address`);
    case 'phone':
      return typeof value === 'string' && e164.test(value) ? { ok: true, value } : problem(`rendered ${shown}, not an E.164 number like +34612345678`);
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? { ok: true, value } : problem(`rendered ${shown}, not an ISO 8601 date`);
    case 'select': {
      const option = (field.options ?? []).find((o) => o.id === value || o.label === value);
      if (!option) return problem(`rendered ${shown}, not one of the options ${(field.options ?? []).map((o) => o.id).join(', ')}`);
      return { ok: true, value: selectValue === 'label' ? option.label : option.id };
    }
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : problem(`rendered ${shown}, not text`);
  }
}

function problem(message: string): CheckedValue {
  return { ok: false, problem: message };
}
