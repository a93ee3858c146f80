/**
 * @module What `/events/fields`, `/events/categories`, `/events/options`,
 * `/events/attendees-statuses` and `/invoices` answer, derived from the guests so they always agree
 * with them. The endpoints are attested; their item shapes are not [inferred, kept small].
 */
import type { JsonObject, JsonValue } from '../../../util/json.ts';

/** The native registration-form fields (research §2.3), with the labels idloom's form shows. */
const formFields: readonly (readonly [string, string, string])[] = [
  ['title', 'Title', 'select'],
  ['firstname', 'First name', 'text'],
  ['lastname', 'Last name', 'text'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'phone'],
  ['mobile_phone', 'Mobile phone', 'phone'],
  ['job_title', 'Job title', 'text'],
  ['cpy_name', 'Company', 'text'],
  ['cpy_street', 'Street', 'text'],
  ['cpy_street_number', 'Number', 'text'],
  ['cpy_street_box', 'Box', 'text'],
  ['cpy_zip_code', 'Zip code', 'text'],
  ['cpy_city', 'City', 'text'],
  ['cpy_state', 'State', 'text'],
  ['cpy_country', 'Country', 'country'],
  ['cpy_vat_number', 'VAT number', 'text'],
  ['accompanying', 'Accompanying person', 'checkbox'],
  ['accompanying_title', 'Accompanying person: title', 'select'],
  ['accompanying_firstname', 'Accompanying person: first name', 'text'],
  ['accompanying_lastname', 'Accompanying person: last name', 'text'],
  ['accompanying_email', 'Accompanying person: email', 'email'],
  ['accompanying_mobile_phone', 'Accompanying person: mobile phone', 'phone'],
  ['arrival', 'Arrival', 'date'],
  ['departure', 'Departure', 'date'],
];

/**
 * The form's fields, then the event's custom `free_field<N>` (typed by the values guests gave).
 * @example eventFields(guests)[0] // { name: 'title', label: 'Title', type: 'select', custom: false }
 */
export function eventFields(guests: readonly JsonObject[]): JsonObject[] {
  const fields: JsonObject[] = formFields.map(([name, label, type]) => ({ name, label, type, custom: false }));
  const free = new Map<string, string>();
  for (const guest of guests) {
    for (const [name, value] of Object.entries(guest)) {
      if (/^free_field\d+$/.test(name) && value !== null && !free.has(name)) free.set(name, typeof value === 'boolean' ? 'checkbox' : 'text');
    }
  }
  const byNumber = [...free].sort(([a], [b]) => Number(a.slice(10)) - Number(b.slice(10)));
  for (const [name, type] of byNumber) fields.push({ name, label: `Free field ${name.slice(10)}`, type, custom: true });
  return fields;
}

/** Each distinct value of a guest field, in order of first appearance, as `{name}`. */
export function distinctNames(guests: readonly JsonObject[], pick: (guest: JsonObject) => JsonValue | undefined): JsonObject[] {
  const names = new Set<string>();
  for (const guest of guests) {
    const value = pick(guest);
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') names.add(item);
  }
  return [...names].map((name) => ({ name }));
}

/** Registration statuses: the two the data uses, then any other a guest carries. */
export function attendeeStatuses(guests: readonly JsonObject[]): string[] {
  const statuses = new Set(['Complete', 'Cancelled']);
  for (const guest of guests) if (typeof guest.registration_status === 'string') statuses.add(guest.registration_status);
  return [...statuses];
}

/** One invoice per guest that has one (`last_invoice_number`), with its amounts. */
export function invoicesOf(guests: readonly JsonObject[], currencyOf: (eventUid: JsonValue | undefined) => JsonValue): JsonObject[] {
  return guests
    .filter((g) => typeof g.last_invoice_number === 'string')
    .map((g) => ({
      number: g.last_invoice_number ?? null,
      date: g.last_invoice_date ?? null,
      due_date: g.last_invoice_due_date ?? null,
      event_uid: g.event_uid ?? null,
      guest_uid: g.uid ?? null,
      amount_tax_excl: g.amount_tax_excl ?? null,
      amount_tax: g.amount_tax ?? null,
      amount_tax_incl: g.amount_tax_incl ?? null,
      currency: currencyOf(g.event_uid),
      payment_status: g.payment_status ?? null,
    }));
}
