/**
 * @module The helpers an idloom fixture can call: the generic ones, `eu.*`, text in the record's
 * language (`i18n.*`) and idloom's own (`idloom.*`: the event a guest belongs to, dates, money).
 *
 * | helper | returns |
 * |---|---|
 * | `i18n.pick({"fr":[…],"nl":[…],…})`, `i18n.label({"fr":"…",…})` | one choice / the label in the record's language (English when missing) |
 * | `idloom.language`, `idloom.languages`, `idloom.eventUid`, `idloom.accountName`, `idloom.profileUid` | facts of this record |
 * | `idloom.event` | the event a guest belongs to (guest fixtures only): uid, name, dates, venue, VAT rate… |
 * | `idloom.get(obj, "key")`, `idloom.has(value)`, `idloom.either(a, b)` | a field of an object that may be null; whether a value is not null; a unless null, else b |
 * | `idloom.title("female")` | `Mrs` or `Ms`; `Mr` for `male` |
 * | `idloom.eventDates(place)`, `idloom.year(date)`, `idloom.stay(event)` | start/end/deadline in the venue's zone; the year; a hotel stay around the event |
 * | `idloom.amounts({"excl","rate"})`, `idloom.payment({"amount","since"})`, `idloom.settle({"payment","amount"})`, `idloom.invoice({"amount","at"})` | ticket amounts, payment, payment received now, invoice |
 */
import type { Faker } from '@faker-js/faker';
import { z } from 'zod';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { euHelpers } from '../../generate/eu-helpers.ts';
import { timeZones, isEuCountry, type EuLanguage } from '../../generate/eu-countries.ts';
import { findPlace } from '../../generate/eu-places.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { drawInvoice, drawPayment, settlePayment, ticketAmounts, type Payment } from './amounts.ts';
import { drawEventDates, localDay } from './event-dates.ts';
import { formatIsoDate, parseIsoDate } from './format-date.ts';
import type { IdloomSettings } from './settings.ts';

export interface IdloomHelperOptions {
  faker: Faker;
  now: Date;
  settings: IdloomSettings;
  /** The language the record is written in (the guest's, or the event's main one). */
  language: EuLanguage;
  /** The event's languages, main one first. */
  languages: readonly EuLanguage[];
  eventUid: string;
  /** Guests: the event they belong to (see event-summary.ts). */
  event?: JsonObject | undefined;
}

const hotelBrands = ['Novotel', 'NH', 'Radisson Blu', 'Hilton', 'Ibis', 'Holiday Inn', 'Mercure'] as const;

/**
 * @example idloomHelpers({ faker, now, settings, language: 'fr', languages: ['fr'], eventUid })['i18n.label']({ fr: 'Participant', nl: 'Deelnemer' }) // 'Participant'
 */
export function idloomHelpers(options: IdloomHelperOptions): Record<string, TemplateHelper> {
  const { faker, now, settings, language } = options;
  const inLanguage = (name: string, value: JsonValue | undefined): JsonValue => {
    if (!isJsonObject(value)) throw helperError(name, 'pass an object keyed by language: {"fr":…,"nl":…,"en":…}');
    const found = value[language] ?? value.en;
    if (found === undefined) throw helperError(name, `no text for "${language}" and no English fallback`);
    return found;
  };
  return mergeHelpers(commonHelpers({ faker, now, formatDate: formatIsoDate, parseDate: parseIsoDate }), euHelpers(faker), {
    'i18n.pick': (choices) => {
      const list = inLanguage('i18n.pick', choices);
      if (!Array.isArray(list) || list.length === 0) throw helperError('i18n.pick', 'each language needs a non-empty list');
      return faker.helpers.arrayElement(list);
    },
    'i18n.label': (labels) => inLanguage('i18n.label', labels),
    'idloom.language': () => language,
    'idloom.languages': () => [...options.languages],
    'idloom.eventUid': () => options.eventUid,
    'idloom.accountName': () => settings.accountName,
    'idloom.profileUid': () => settings.profileUid,
    'idloom.event': () => {
      if (!options.event) throw helperError('idloom.event', 'only guest fixtures belong to an event');
      return options.event;
    },
    'idloom.get': (value, key) => (isJsonObject(value) && typeof key === 'string' ? (value[key] ?? null) : null),
    'idloom.has': (value) => value !== null && value !== undefined,
    'idloom.either': (value, fallback) => (value === null || value === undefined ? (fallback ?? null) : value),
    'idloom.title': (sex) => (sex === 'male' ? 'Mr' : faker.helpers.arrayElement(['Mrs', 'Ms'])),
    'idloom.eventDates': (place) => ({ ...drawEventDates(faker, now, timeZoneOf(place)) }),
    'idloom.year': (date) => dateArg('idloom.year', date).getUTCFullYear(),
    'idloom.stay': (event) => stay(faker, parse('idloom.stay', stayEvent, event)),
    'idloom.amounts': (input) => {
      const { excl, rate } = parse('idloom.amounts', amountsInput, input);
      return { ...ticketAmounts(excl, rate) };
    },
    'idloom.payment': (input) => {
      const { amount, since } = parse('idloom.payment', paymentInput, input);
      return { ...drawPayment(faker, amount, dateArg('idloom.payment', since)) };
    },
    'idloom.settle': (input) => {
      const { payment, amount } = parse('idloom.settle', settleInput, input);
      return { ...settlePayment(payment, amount, now) };
    },
    'idloom.invoice': (input) => {
      const { amount, at } = parse('idloom.invoice', invoiceInput, input);
      return { ...drawInvoice(faker, amount, dateArg('idloom.invoice', at)) };
    },
  });
}

const stayEvent = z.looseObject({ start_date: z.string(), end_date: z.string(), venue_city: z.string(), timezone: z.string() });
const amountsInput = z.object({ excl: z.number().nonnegative(), rate: z.number().nonnegative() }).strict();
const paymentInput = z.object({ amount: z.number().nonnegative(), since: z.string() }).strict();
const invoiceInput = z.object({ amount: z.number().nonnegative(), at: z.string() }).strict();
const paymentSchema: z.ZodType<Payment> = z.object({
  payment_status: z.string(),
  payment_method: z.string().nullable(),
  payment_date: z.string().nullable(),
  payment_amount: z.number().nullable(),
});
const settleInput = z.object({ payment: paymentSchema, amount: z.number().nonnegative() }).strict();

/** A hotel near the venue, from the eve of the event or its first day, for at least one night. */
function stay(faker: Faker, event: z.infer<typeof stayEvent>): JsonObject {
  const start = dateArg('idloom.stay', event.start_date);
  const end = dateArg('idloom.stay', event.end_date);
  const eve = faker.datatype.boolean();
  // Arriving on the first day means leaving the day after the last; arriving the eve, either.
  const extra = eve ? faker.number.int({ min: 0, max: 1 }) : 1;
  return {
    hotel: `${faker.helpers.arrayElement(hotelBrands)} ${event.venue_city}`,
    arrival: localDay(start, event.timezone, eve ? -1 : 0),
    departure: localDay(end, event.timezone, extra),
  };
}

function timeZoneOf(place: JsonValue | undefined): string {
  const id = isJsonObject(place) ? place.id : place;
  const country = typeof id === 'string' ? (findPlace(id)?.country ?? id) : undefined;
  if (!isEuCountry(country)) throw helperError('idloom.eventDates', `${JSON.stringify(place)} is not a place: pass the value of {{eu.place}}`);
  return timeZones[country];
}

function dateArg(name: string, value: JsonValue | undefined): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!date) throw helperError(name, `${JSON.stringify(value)} is not a date like 2026-03-10T09:12:44Z`);
  return date;
}

function parse<T>(name: string, schema: z.ZodType<T>, value: JsonValue | undefined): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw helperError(name, `${JSON.stringify(value)} is not a valid argument (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`);
}

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
