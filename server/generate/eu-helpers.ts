/**
 * @module Template helpers for European data (`eu.*`), for idloom and any EU provider.
 *
 * `{{eu.place("nl")}}` draws a city where Dutch speakers live, named in Dutch; pass it back
 * (`{{eu.mobile("$place")}}`) so the street, postcode, phones, VAT number and legal form all belong
 * to that city and country.
 *
 * | helper | returns |
 * |---|---|
 * | `eu.place(lang?)` | `{ id, city, country, language }` (the city named in `lang`, or in its own) |
 * | `eu.street(place)`, `eu.postcode(place)`, `eu.venue(place)` | a real street, a postcode (`1012 AB`, `L-1511`), a real venue |
 * | `eu.mobile(place or "BE")`, `eu.landline(place)` | E.164 numbers (`+32478123456`; landline in the city's area code) |
 * | `eu.vat(place or "BE")` | a VAT number with valid check digits (`BE0411905847`) |
 * | `eu.legalForm(place)`, `eu.mailDomain(place or "BE")`, `eu.tld(place or "BE")` | `SRL`/`BV`/`GmbH`…, `telenet.be`…, `be` |
 * | `eu.vatRate(place or "BE")`, `eu.timeZone(place or "BE")` | `21`, `Europe/Brussels` |
 */
import type { Faker } from '@faker-js/faker';
import { HookbenchError } from '../errors.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import { landlineE164, mobileE164 } from './e164-phones.ts';
import { legalFormsFor, personalMailDomains } from './eu-companies.ts';
import { euCountries, isEuCountry, isEuLanguage, timeZones, type EuCountry, type EuLanguage } from './eu-countries.ts';
import { euPlaces, findPlace, localize, placesFor, type EuPlace } from './eu-places.ts';
import { randomVatNumber, standardVatRates } from './eu-vat.ts';
import type { TemplateHelper } from './template.ts';

/** What `{{eu.place}}` returns: JSON a template can print or pass back (a type, so it is a JsonValue). */
export type PlaceValue = {
  id: string;
  city: string;
  country: EuCountry;
  /** The language the city (and its streets) are named in. */
  language: EuLanguage;
};

// Dutch postcodes: four digits, a space, two letters; SA, SD and SS are never issued (PostNL).
const postcodeLetters = 'ABCEGHJKLMNPRSTVWXZ';
const refusedLetterPairs = new Set(['SA', 'SD', 'SS']);

/**
 * @example render({ $vars: { p: '{{eu.place("fr")}}' }, tel: '{{eu.mobile("$p")}}' }, { helpers: euHelpers(faker), ... })
 */
export function euHelpers(faker: Faker): Record<string, TemplateHelper> {
  return euHelpersReading({ faker });
}

/**
 * euHelpers drawing from `source.faker` as it is at each call: a caller may keep one map and point
 * the source at each render's faker in turn (idloom's helpers, built once rather than per event).
 * @example euHelpersReading(state)['eu.place']('fr')
 */
export function euHelpersReading(source: { readonly faker: Faker }): Record<string, TemplateHelper> {
  const resolved = (arg: JsonValue | undefined) => resolvePlace(arg);
  const country = (arg: JsonValue | undefined): EuCountry => resolveCountry(arg);
  return {
    'eu.place': (language) => drawPlace(source.faker, language),
    'eu.street': (arg) => {
      const { place, language } = resolved(arg);
      return localize(source.faker.helpers.arrayElement(place.streets), language);
    },
    'eu.postcode': (arg) => postcode(source.faker, resolved(arg).place),
    'eu.venue': (arg) => source.faker.helpers.arrayElement(resolved(arg).place.venues),
    'eu.mobile': (arg) => mobileE164(source.faker, country(arg)),
    'eu.landline': (arg) => {
      const { place } = resolved(arg);
      return landlineE164(source.faker, place.country, place.landline);
    },
    'eu.vat': (arg) => {
      const italianOffice = isJsonObject(arg) || typeof arg === 'string' ? findPlace(placeId(arg))?.italianOffice : undefined;
      return randomVatNumber(source.faker, country(arg), { italianOffice });
    },
    'eu.legalForm': (arg) => {
      const { place, language } = resolved(arg);
      return source.faker.helpers.arrayElement(legalFormsFor(place.country, language));
    },
    'eu.mailDomain': (arg) => source.faker.helpers.arrayElement(personalMailDomains[country(arg)]),
    'eu.tld': (arg) => country(arg).toLowerCase(),
    'eu.vatRate': (arg) => standardVatRates[country(arg)],
    'eu.timeZone': (arg) => timeZones[country(arg)],
  };
}

function drawPlace(faker: Faker, language: JsonValue | undefined): PlaceValue {
  if (language !== undefined && !isEuLanguage(language)) {
    throw helperError('eu.place', `${JSON.stringify(language)} is not a language hookbench has places for; use one of fr, nl, en, de, it`);
  }
  const place = faker.helpers.arrayElement(language === undefined ? euPlaces : placesFor(language));
  const named = language ?? place.languages[0];
  return { id: place.id, city: localize(place.name, named), country: place.country, language: named };
}

function postcode(faker: Faker, place: EuPlace): string {
  const code = faker.helpers.arrayElement(place.postcodes);
  if (place.country === 'LU') return `L-${code}`;
  if (place.country !== 'NL') return code;
  for (;;) {
    const letters = `${faker.helpers.arrayElement([...postcodeLetters])}${faker.helpers.arrayElement([...postcodeLetters])}`;
    if (!refusedLetterPairs.has(letters)) return `${code} ${letters}`;
  }
}

/** A place from `{{eu.place}}`'s output or a place id, with the language to name things in. */
function resolvePlace(arg: JsonValue | undefined): { place: EuPlace; language: EuLanguage } {
  const place = findPlace(placeId(arg));
  if (!place) {
    const known = euPlaces.map((p) => p.id).join(', ');
    throw helperError('eu.*', `${JSON.stringify(arg)} is not a place: pass the value of {{eu.place}} or one of ${known}`);
  }
  const language = isJsonObject(arg) && isEuLanguage(arg.language) ? arg.language : place.languages[0];
  return { place, language };
}

/** A country from a place, a place id or an ISO code. */
function resolveCountry(arg: JsonValue | undefined): EuCountry {
  if (isEuCountry(arg)) return arg;
  const place = findPlace(placeId(arg));
  if (place) return place.country;
  throw helperError('eu.*', `${JSON.stringify(arg)} is neither a place nor one of the countries ${euCountries.join(', ')}`);
}

function placeId(arg: JsonValue | undefined): string {
  if (typeof arg === 'string') return arg;
  return isJsonObject(arg) && typeof arg.id === 'string' ? arg.id : '';
}

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
