import { checkVAT, countries } from 'jsvat';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { euPlaces, localize } from '../../generate/eu-places.ts';
import { HookbenchError } from '../../errors.ts';
import type { JsonValue } from '../../util/json.ts';
import { idloom } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const nowText = '2026-01-01T12:00:00Z';
const seeds = [1, 2, 3, 42, 2024];
const generate = (event: string, seed: number, extra: { set?: Record<string, JsonValue>; settings?: unknown } = {}) =>
  idloom.generate(event, { seed, now, set: extra.set ?? {}, settings: idloom.settings.parse(extra.settings ?? {}) });

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const language = z.enum(['fr', 'nl', 'en', 'de', 'it']);
const country = z.enum(['BE', 'FR', 'NL', 'DE', 'IT', 'LU']);
const money = z.number().nonnegative().refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), 'at most two decimals');
const e164 = z.string().regex(/^\+[1-9]\d{7,14}$/);

// The research's native field names (§2.3), in the order the fixture writes them.
const guestSchema = z.strictObject({
  uid: uuid, id: z.number().int().positive(), event_uid: uuid, profile_uid: z.string(), event_name: z.string(), event_start_date: iso, event_end_date: iso,
  language, registration_status: z.enum(['Complete', 'Cancelled']), category: z.string(), coupon: z.null(), options: z.array(z.string()),
  title: z.enum(['Mr', 'Mrs', 'Ms']), firstname: z.string().min(1), lastname: z.string().min(1), email: z.email(), phone: e164.nullable(), mobile_phone: e164, job_title: z.string(),
  cpy_name: z.string().nullable(), cpy_street: z.string().nullable(), cpy_street_number: z.string().regex(/^[1-9]\d{0,2}$/).nullable(), cpy_street_box: z.string().nullable(),
  cpy_zip_code: z.string().nullable(), cpy_city: z.string().nullable(), cpy_state: z.null(), cpy_country: country.nullable(), cpy_vat_number: z.string().nullable(),
  accompanying: z.boolean(), accompanying_title: z.enum(['Mr', 'Mrs', 'Ms']).nullable(), accompanying_firstname: z.string().nullable(), accompanying_lastname: z.string().nullable(),
  accompanying_email: z.email().nullable(), accompanying_mobile_phone: e164.nullable(),
  hotel: z.string().nullable(), arrival: day.nullable(), departure: day.nullable(), hotel_notes: z.null(),
  amount_tax_excl: money, amount_tax: money, amount_tax_incl: money,
  payment_status: z.enum(['Paid', 'Pending', 'Free']), payment_method: z.enum(['Stripe', 'Mollie', 'PayPal', 'Bank transfer', 'Invoice']).nullable(), payment_date: iso.nullable(), payment_amount: money.nullable(),
  paid_by: z.null(), paying_for: z.array(z.never()),
  last_invoice_number: z.string().regex(/^\d{4}-\d{5}$/).nullable(), last_invoice_date: day.nullable(), last_invoice_due_date: day.nullable(),
  last_proforma_number: z.null(), last_proforma_date: z.null(), last_credit_note_number: z.null(), last_credit_note_date: z.null(),
  check_ins: z.literal(0), first_check_in_at: z.null(), comment: z.string().nullable(), notes: z.null(),
  free_field56: z.boolean(), free_field57: z.string(), free_field59: z.boolean(), anonymized_at: z.null(), created_at: iso, updated_at: iso,
});
const eventSchema = z.strictObject({
  uid: uuid, id: z.number().int().positive(), profile_uid: z.string(), name: z.string().min(5),
  status: z.enum(['NotReady', 'OffLine', 'Published', 'Registering', 'SoldOut', 'InProgress', 'Closed', 'Archived']),
  language, languages: z.array(language).min(1), start_date: iso, end_date: iso, registration_deadline: iso, timezone: z.string(),
  venue_name: z.string(), venue_street: z.string(), venue_street_number: z.string(), venue_zip_code: z.string(), venue_city: z.string(), venue_country: country,
  currency: z.literal('EUR'), max_attendees: z.number().int().positive(), url: z.url(), created_at: iso, updated_at: iso,
});
type Guest = z.infer<typeof guestSchema>;
const guest = (event: string, seed: number, settings?: unknown): Guest => guestSchema.parse(generate(event, seed, { settings }).payload);
const event = (name: string, seed: number, settings?: unknown) => eventSchema.parse(generate(name, seed, { settings }).payload);
const ms = (text: string) => Date.parse(text);
const vatRates = { BE: 21, FR: 20, NL: 21, DE: 19, IT: 22, LU: 17 } as const;

describe.each(['create', 'update', 'delete', 'manual'])('guest.%s', (action) => {
  const name = `guest.${action}`;

  it.each(seeds)('is a flat guest record with idloom’s native field names, in order (seed %i)', (seed) => {
    const { payload } = generate(name, seed);
    expect(Object.keys(payload as object)).toEqual(Object.keys(guestSchema.shape));
    guestSchema.parse(payload);
  });

  it.each(seeds)('dates the record as the trigger says: now for create and update, earlier otherwise (seed %i)', (seed) => {
    const g = guest(name, seed);
    expect(ms(g.created_at)).toBeLessThanOrEqual(ms(g.updated_at));
    expect(ms(g.updated_at)).toBeLessThanOrEqual(now.getTime());
    if (action === 'create') expect([g.created_at, g.updated_at]).toEqual([nowText, nowText]);
    else if (action === 'update') expect(g.updated_at).toBe(nowText);
    else expect(ms(g.updated_at)).toBeLessThan(now.getTime());
    expect(ms(g.event_start_date)).toBeGreaterThan(now.getTime());
    expect(ms(g.event_start_date)).toBeLessThan(ms(g.event_end_date));
  });

  it.each(seeds)('charges the venue country’s VAT and keeps the payment consistent with it (seed %i)', (seed) => {
    const g = guest(name, seed);
    const venue = event('event.update', seed).venue_country;
    expect(g.amount_tax).toBeCloseTo((g.amount_tax_excl * vatRates[venue]) / 100, 2);
    expect(g.amount_tax_incl).toBeCloseTo(g.amount_tax_excl + g.amount_tax, 2);
    if (g.amount_tax_incl === 0) {
      expect(g).toMatchObject({ payment_status: 'Free', payment_method: null, payment_amount: null, last_invoice_number: null });
    } else {
      expect(g.last_invoice_number).not.toBeNull();
      expect(g.payment_amount).toBe(g.payment_status === 'Paid' ? g.amount_tax_incl : null);
      expect(g.payment_date === null).toBe(g.payment_status !== 'Paid');
    }
  });

  it('gives the same bytes for the same seed, even with other records generated in between', () => {
    const first = JSON.stringify(generate(name, 99, { set: { comment: 'x' } }));
    generate('event.update', 5);
    generate('guest.create', 99);
    expect(JSON.stringify(generate(name, 99, { set: { comment: 'x' } }))).toBe(first);
  });

  it('gives other data for other seeds', () => {
    expect(new Set(seeds.map((seed) => JSON.stringify(generate(name, seed).payload))).size).toBe(seeds.length);
  });
});

describe.each(['create', 'update', 'delete', 'manual'])('event.%s', (action) => {
  const name = `event.${action}`;

  it.each(seeds)('is a flat event record of plausible (inferred) fields with the official status enum (seed %i)', (seed) => {
    const { payload } = generate(name, seed);
    expect(Object.keys(payload as object)).toEqual(Object.keys(eventSchema.shape));
    const e = eventSchema.parse(payload);
    expect(e.languages[0]).toBe(e.language);
    if (action === 'create') expect([e.created_at, e.updated_at, e.status]).toEqual([nowText, nowText, expect.stringMatching(/^(NotReady|OffLine)$/)]);
    if (action === 'update') expect(e.updated_at).toBe(nowText);
    if (action === 'delete' || action === 'manual') expect(ms(e.updated_at)).toBeLessThan(now.getTime());
  });
});

describe('idloom generate, across triggers', () => {
  it('puts a guest in the event of the same seed, repeating its name and dates', () => {
    for (const seed of seeds) {
      const e = event('event.update', seed);
      const g = guest('guest.create', seed);
      expect(g.event_uid).toBe(e.uid);
      expect([g.event_name, g.event_start_date, g.event_end_date]).toEqual([e.name, e.start_date, e.end_date]);
      expect(e.languages).toContain(g.language);
    }
  });

  it('shows the same event in every event trigger of one seed, but the changes of each', () => {
    const [created, updated, deleted] = ['event.create', 'event.update', 'event.delete'].map((n) => event(n, 11));
    expect(new Set([created?.uid, updated?.uid, deleted?.uid]).size).toBe(1);
    expect(updated?.name).toBe(deleted?.name);
  });

  it('holds events in the venue’s time zone at a whole local hour, the deadline the eve at 23:59', () => {
    for (let seed = 0; seed < 40; seed++) {
      const e = event('event.update', seed);
      const local = (text: string) => new Intl.DateTimeFormat('en-GB', { timeZone: e.timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(text));
      expect(local(e.start_date)).toMatch(/^(08|09|10|13|14|18):00$/);
      expect(local(e.registration_deadline)).toBe('23:59');
      expect(ms(e.registration_deadline)).toBeLessThan(ms(e.start_date));
      expect(e.timezone).toMatch(/^Europe\//);
    }
  });

  it('writes a guest in the guest’s language: the company’s city in that language, its VAT number valid, its phones of that country', () => {
    const companies = new Set<string>();
    for (let seed = 0; seed < 120; seed++) {
      const g = guest('guest.create', seed);
      expect(parsePhoneNumberFromString(g.mobile_phone)?.getType(), g.mobile_phone).toBe('MOBILE');
      if (g.cpy_name === null) {
        expect([g.cpy_street, g.cpy_city, g.cpy_country, g.cpy_vat_number, g.phone]).toEqual([null, null, null, null, null]);
        continue;
      }
      companies.add(String(g.cpy_country));
      const place = euPlaces.find((p) => p.country === g.cpy_country && localize(p.name, g.language) === g.cpy_city);
      expect(place, `${g.cpy_city} is a ${g.cpy_country} city named in ${g.language}`).toBeDefined();
      expect(place?.languages).toContain(g.language);
      expect(String(g.cpy_vat_number).slice(0, 2)).toBe(g.cpy_country);
      expect(checkVAT(String(g.cpy_vat_number), countries).isValid, String(g.cpy_vat_number)).toBe(true);
      expect(parsePhoneNumberFromString(String(g.mobile_phone))?.country).toBe(g.cpy_country);
      expect(parsePhoneNumberFromString(String(g.phone))?.getType()).toBe('FIXED_LINE');
    }
    expect([...companies].sort()).toEqual(['BE', 'DE', 'FR', 'IT', 'LU', 'NL']);
  });

  it('uses every market language, and only the configured ones', () => {
    const all = new Set(Array.from({ length: 60 }, (_, seed) => guest('guest.create', seed).language));
    expect([...all].sort()).toEqual(['de', 'en', 'fr', 'it', 'nl']);
    const some = new Set(Array.from({ length: 30 }, (_, seed) => guest('guest.create', seed, { languages: ['nl', 'fr'] }).language));
    expect([...some].sort()).toEqual(['fr', 'nl']);
  });

  it('generates only guests and events of the webhook’s event filter', () => {
    const eventUids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => guest('guest.update', seed, { eventUids }).event_uid));
    expect([...seen].sort()).toEqual(eventUids);
    expect(eventUids).toContain(event('event.update', 3, { eventUids }).uid);
    // One event uid, one event: every guest repeats the same event name.
    const names = new Set(Array.from({ length: 10 }, (_, seed) => guest('guest.create', seed, { eventUids: [eventUids[0]] }).event_name));
    expect(names.size).toBe(1);
  });

  it('names the delivery by trigger, uid and updated_at, and manual ones by their trigger name too', () => {
    const update = generate('guest.update', 7);
    const g = guestSchema.parse(update.payload);
    expect(update.eventId).toBe(`idloom:guest.update:${g.uid}:${g.updated_at}`);
    const manual = generate('guest.manual', 7, { settings: { manualTriggers: ['Sync to CRM', 'Print badge'], manualTrigger: 'Print badge' } });
    const m = guestSchema.parse(manual.payload);
    expect(manual.eventId).toBe(`idloom:guest.manual:Print badge:${m.uid}:${m.updated_at}`);
  });

  it('writes SQL-style local dates when the settings ask, and keys the event id on them', () => {
    const { payload, eventId } = generate('guest.update', 7, { settings: { dateFormat: 'sql' } });
    const g = payload as Record<string, JsonValue>;
    expect(g.updated_at).toBe('2026-01-01 13:00:00'); // Brussels is UTC+1 in January
    expect(g.created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(eventId.endsWith(':2026-01-01 13:00:00')).toBe(true);
  });

  it('applies --set to the record, and the event id follows', () => {
    const { payload, eventId } = generate('guest.update', 7, { set: { registration_status: 'Cancelled', updated_at: '2026-01-01T12:30:00Z' } });
    expect(payload).toMatchObject({ registration_status: 'Cancelled' });
    expect(eventId.endsWith(':2026-01-01T12:30:00Z')).toBe(true);
  });

  it('refuses an unknown trigger with UNKNOWN_EVENT naming the known ones', () => {
    const run = () => generate('guest.explode', 1);
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(/unknown event "guest.explode" for idloom; known: event.create, event.update/);
  });
});
