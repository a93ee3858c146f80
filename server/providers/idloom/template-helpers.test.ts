import { describe, expect, it } from 'vitest';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import type { JsonObject, JsonValue } from '../../util/json.ts';
import type { TemplateContext } from '../../generate/template.ts';
import { formatIsoDate } from './format-date.ts';
import { idloomSettingsSchema } from './settings.ts';
import { idloomHelpers, reusedIdloomHelpers, type IdloomHelperOptions } from './template-helpers.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const context = (seed: number, language: 'fr' | 'nl' | 'en' | 'de' | 'it' = 'fr', event?: JsonObject) => {
  const faker = seededFaker({ locale: language, seed, now });
  const helpers = idloomHelpers({ faker, now, settings: idloomSettingsSchema.parse({}), language, languages: [language, 'en'], eventUid: 'e1', event });
  return { faker, helpers, formatDate: formatIsoDate, source: 'guest.json' };
};
const run = (template: JsonValue, ...args: Parameters<typeof context>) => render(template, context(...args));

describe('idloom template helpers', () => {
  it('picks text in the record’s language, English when a language is missing', () => {
    const labels = { fr: 'Dîner de gala', en: 'Gala dinner' };
    expect(run({ $vars: { l: labels }, a: '{{i18n.label("$l")}}' }, 1, 'fr')).toEqual({ a: 'Dîner de gala' });
    expect(run({ $vars: { l: labels }, a: '{{i18n.label("$l")}}' }, 1, 'nl')).toEqual({ a: 'Gala dinner' });
    expect(run({ $vars: { l: { nl: ['Geen', 'Halal'] } }, a: '{{i18n.pick("$l")}}' }, 1, 'nl')).toEqual({ a: expect.stringMatching(/^(Geen|Halal)$/) });
  });

  it('titles men Mr and women Mrs or Ms', () => {
    expect(run('{{idloom.title("male")}}', 1)).toBe('Mr');
    const titles = new Set(Array.from({ length: 20 }, (_, seed) => run('{{idloom.title("female")}}', seed)));
    expect([...titles].sort()).toEqual(['Mrs', 'Ms']);
  });

  it('reads fields of objects that may be null, and falls back when null', () => {
    expect(run({ $vars: { c: null }, a: '{{idloom.get("$c","name")}}', b: '{{idloom.has("$c")}}', d: '{{idloom.either("$c","x")}}' }, 1)).toEqual({ a: null, b: false, d: 'x' });
    expect(run({ $vars: { c: { name: 'A' } }, a: '{{idloom.get("$c","name")}}', b: '{{idloom.has("$c")}}' }, 1)).toEqual({ a: 'A', b: true });
  });

  it('books at least one night around the event, in the venue’s calendar', () => {
    // 18:00–23:00 in Brussels on 12 March 2026 (UTC+1): the local day is the 12th even though 23:00 is 22:00Z.
    const event = { start_date: '2026-03-12T17:00:00Z', end_date: '2026-03-12T22:00:00Z', venue_city: 'Bruxelles', timezone: 'Europe/Brussels' };
    for (let seed = 0; seed < 30; seed++) {
      const stay = run('{{idloom.stay("$e")}}'.replace('"$e"', JSON.stringify(event)), seed) as JsonObject;
      expect(stay.hotel).toMatch(/ Bruxelles$/);
      expect(['2026-03-11', '2026-03-12']).toContain(stay.arrival);
      expect(['2026-03-12', '2026-03-13']).toContain(stay.departure);
      expect(String(stay.arrival) < String(stay.departure)).toBe(true);
    }
  });

  it('gives guest fixtures their event and refuses it elsewhere', () => {
    expect(run('{{idloom.event}}', 1, 'fr', { uid: 'e1' })).toEqual({ uid: 'e1' });
    expect(() => run({ a: '{{idloom.event}}' }, 1)).toThrow(/guest\.json at \$\.a: .*only guest fixtures belong to an event/);
  });

  it.each([
    ['amounts without a rate', '{{idloom.amounts({"excl":10})}}', /idloom\.amounts: .*not a valid argument/],
    ['a payment dated with a non-date', '{{idloom.payment({"amount":10,"since":"yesterday"})}}', /"yesterday" is not a date/],
    ['event dates at an unknown place', '{{idloom.eventDates("atlantis")}}', /"atlantis" is not a place/],
    ['a language map that is not an object', '{{i18n.label("fr")}}', /pass an object keyed by language/],
  ])('fails on %s with the template file and path', (_, template, message) => {
    expect(() => run({ a: template }, 1)).toThrow(HookbenchError);
    expect(() => run({ a: template }, 1)).toThrow(message);
  });
});

describe('reusedIdloomHelpers', () => {
  const template = {
    $vars: { language: '{{idloom.language}}', place: '{{eu.place("$language")}}', dates: '{{idloom.eventDates("$place")}}' },
    language: '{{idloom.language}}',
    languages: '{{idloom.languages}}',
    uid: '{{idloom.eventUid}}',
    account: '{{idloom.accountName}}',
    label: '{{i18n.label({"fr":"Oui","nl":"Ja","en":"Yes"})}}',
    mobile: '{{eu.mobile("$place")}}',
    dates: '{{var.dates}}',
    created: '{{clock.past({"days":30})}}',
    guid: '{{id.guid}}',
  };
  const options = (seed: number, language: 'fr' | 'nl' | 'en', event?: JsonObject): IdloomHelperOptions => ({
    faker: seededFaker({ locale: language, seed, now: new Date(1_780_000_000_000 + seed * 86_400_000) }),
    now: new Date(1_780_000_000_000 + seed * 86_400_000),
    settings: idloomSettingsSchema.parse({ accountName: `account-${seed}` }),
    language,
    languages: [language, 'en'],
    eventUid: `event-${seed}`,
    event,
  });
  const renderWith = (make: (o: IdloomHelperOptions) => TemplateContext['helpers'], seed: number, language: 'fr' | 'nl' | 'en', event?: JsonObject) => {
    const o = options(seed, language, event);
    return render({ ...template, event: event ? '{{idloom.event}}' : null }, { faker: o.faker, helpers: make(o), formatDate: formatIsoDate, source: 'guest.json' });
  };

  it('renders what a map of its own renders, whatever the calls before it', () => {
    for (let seed = 0; seed < 30; seed++) {
      const language = (['fr', 'nl', 'en'] as const)[seed % 3]!;
      const event = seed % 2 === 0 ? { uid: `event-${seed}` } : undefined;
      // The options are language, seed and event apart from one call to the next.
      expect(renderWith(reusedIdloomHelpers, seed, language, event)).toEqual(renderWith(idloomHelpers, seed, language, event));
    }
  });

  it('forgets the event of a guest when the next call has none', () => {
    renderWith(reusedIdloomHelpers, 1, 'fr', { uid: 'e1' });
    expect(() => render('{{idloom.event}}', { ...context(1), helpers: reusedIdloomHelpers(options(2, 'fr')) })).toThrow(/only guest fixtures belong to an event/);
  });
});
