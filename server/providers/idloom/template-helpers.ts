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
import { commonHelpers } from '../../generate/common-helpers.ts';
import type { ClockHelperOptions } from '../../generate/clock-helpers.ts';
import { euHelpersReading } from '../../generate/eu-helpers.ts';
import { timeZones, isEuCountry, type EuLanguage } from '../../generate/eu-countries.ts';
import { findPlace } from '../../generate/eu-places.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { drawInvoice, drawPayment, settlePayment, ticketAmounts } from './amounts.ts';
import { drawEventDates, localDay } from './event-dates.ts';
import { formatIsoDate, parseIsoDate } from './format-date.ts';
import { amountsArgument, invoiceArgument, paymentArgument, readArgument, settleArgument, stayArgument, type StayEvent } from './helper-args.ts';
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

/** What the helpers read at each call: the options, and how idloom fixtures write and read dates. */
type HelperState = IdloomHelperOptions & ClockHelperOptions;

/**
 * @example idloomHelpers({ faker, now, settings, language: 'fr', languages: ['fr'], eventUid })['i18n.label']({ fr: 'Participant', nl: 'Deelnemer' }) // 'Participant'
 */
export function idloomHelpers(options: IdloomHelperOptions): Record<string, TemplateHelper> {
  // A copy: the map stays bound to these options whatever becomes of the caller's object.
  return helpersReading({ ...options, formatDate: formatIsoDate, parseDate: parseIsoDate });
}

let shared: { state: HelperState; helpers: Readonly<Record<string, TemplateHelper>> } | undefined;

/**
 * idloomHelpers(options) without building a map: one map serves every render and reads the options of
 * the latest call, so a render must be done with it before the next call (generation is synchronous,
 * as seededFaker's reused instances already require). Building ~40 closures and merging them into a
 * map twice per guest was 7% of idloom's generation time.
 * @example render(template, { faker, helpers: reusedIdloomHelpers({ faker, now, settings, language, languages, eventUid }), … })
 */
export function reusedIdloomHelpers(options: IdloomHelperOptions): Readonly<Record<string, TemplateHelper>> {
  if (!shared) {
    const state: HelperState = { ...options, formatDate: formatIsoDate, parseDate: parseIsoDate };
    shared = { state, helpers: Object.freeze(helpersReading(state)) };
    return shared.helpers;
  }
  // Every field, `event` included: a guest's event must not outlive it into the next event's render.
  const { state } = shared;
  state.faker = options.faker;
  state.now = options.now;
  state.settings = options.settings;
  state.language = options.language;
  state.languages = options.languages;
  state.eventUid = options.eventUid;
  state.event = options.event;
  return shared.helpers;
}

function helpersReading(state: HelperState): Record<string, TemplateHelper> {
  const inLanguage = (name: string, value: JsonValue | undefined): JsonValue => {
    if (!isJsonObject(value)) throw helperError(name, 'pass an object keyed by language: {"fr":…,"nl":…,"en":…}');
    const found = value[state.language] ?? value.en;
    if (found === undefined) throw helperError(name, `no text for "${state.language}" and no English fallback`);
    return found;
  };
  return mergeHelpers(commonHelpers(state), euHelpersReading(state), {
    'i18n.pick': (choices) => {
      const list = inLanguage('i18n.pick', choices);
      if (!Array.isArray(list) || list.length === 0) throw helperError('i18n.pick', 'each language needs a non-empty list');
      return state.faker.helpers.arrayElement(list);
    },
    'i18n.label': (labels) => inLanguage('i18n.label', labels),
    'idloom.language': () => state.language,
    'idloom.languages': () => [...state.languages],
    'idloom.eventUid': () => state.eventUid,
    'idloom.accountName': () => state.settings.accountName,
    'idloom.profileUid': () => state.settings.profileUid,
    'idloom.event': () => {
      if (!state.event) throw helperError('idloom.event', 'only guest fixtures belong to an event');
      return state.event;
    },
    'idloom.get': (value, key) => (isJsonObject(value) && typeof key === 'string' ? (value[key] ?? null) : null),
    'idloom.has': (value) => value !== null && value !== undefined,
    'idloom.either': (value, fallback) => (value === null || value === undefined ? (fallback ?? null) : value),
    'idloom.title': (sex) => (sex === 'male' ? 'Mr' : state.faker.helpers.arrayElement(['Mrs', 'Ms'])),
    'idloom.eventDates': (place) => ({ ...drawEventDates(state.faker, state.now, timeZoneOf(place)) }),
    'idloom.year': (date) => dateArg('idloom.year', date).getUTCFullYear(),
    'idloom.stay': (event) => stay(state.faker, readArgument(stayArgument, event)),
    'idloom.amounts': (input) => {
      const { excl, rate } = readArgument(amountsArgument, input);
      return { ...ticketAmounts(excl, rate) };
    },
    'idloom.payment': (input) => {
      const { amount, since } = readArgument(paymentArgument, input);
      return { ...drawPayment(state.faker, amount, dateArg('idloom.payment', since)) };
    },
    'idloom.settle': (input) => {
      const { payment, amount } = readArgument(settleArgument, input);
      return { ...settlePayment(payment, amount, state.now) };
    },
    'idloom.invoice': (input) => {
      const { amount, at } = readArgument(invoiceArgument, input);
      return { ...drawInvoice(state.faker, amount, dateArg('idloom.invoice', at)) };
    },
  });
}

/** A hotel near the venue, from the eve of the event or its first day, for at least one night. */
function stay(faker: Faker, event: StayEvent): JsonObject {
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

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
