import { checkVAT, countries } from 'jsvat';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import type { JsonObject } from '../util/json.ts';
import { euLanguages } from './eu-countries.ts';
import { euHelpers } from './eu-helpers.ts';
import { euPlaces, localize, placesFor } from './eu-places.ts';
import { seededFaker } from './seeded-faker.ts';
import { render } from './template.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const context = (seed: number) => {
  const faker = seededFaker({ locale: 'en', seed, now });
  return { faker, helpers: euHelpers(faker), formatDate: (d: Date) => d.toISOString(), source: 'eu.json' };
};
const postcodeFormats = { BE: /^\d{4}$/, FR: /^\d{5}$/, NL: /^\d{4} [A-Z]{2}$/, DE: /^\d{5}$/, IT: /^\d{5}$/, LU: /^L-\d{4}$/ } as const;

describe('eu helpers', () => {
  it.each(euLanguages)('gives a %s speaker an address, phones and a company that belong to one city', (language) => {
    for (let seed = 0; seed < 100; seed++) {
      const template = {
        $vars: { place: `{{eu.place("${language}")}}` },
        place: '{{var.place}}',
        street: '{{eu.street("$place")}}',
        postcode: '{{eu.postcode("$place")}}',
        mobile: '{{eu.mobile("$place")}}',
        landline: '{{eu.landline("$place")}}',
        vat: '{{eu.vat("$place")}}',
        form: '{{eu.legalForm("$place")}}',
      };
      const out = render(template, context(seed)) as JsonObject;
      const value = out.place as JsonObject;
      const place = euPlaces.find((p) => p.id === value.id);
      if (!place) throw new Error(`unknown place ${JSON.stringify(value)}`);
      expect(place.languages).toContain(language);
      expect(value).toEqual({ id: place.id, city: localize(place.name, language), country: place.country, language });
      expect(place.streets.map((s) => localize(s, language))).toContain(out.street);
      expect(out.postcode).toMatch(postcodeFormats[place.country]);
      expect(place.postcodes).toContain(String(out.postcode).replace(/^L-/, '').slice(0, place.country === 'NL' ? 4 : undefined));
      expect(parsePhoneNumberFromString(String(out.mobile))?.country).toBe(place.country);
      expect(parsePhoneNumberFromString(String(out.landline))?.getType()).toBe('FIXED_LINE');
      expect(String(out.vat).slice(0, 2)).toBe(place.country);
      expect(checkVAT(String(out.vat), countries).isValid, String(out.vat)).toBe(true);
      expect(typeof out.form).toBe('string');
    }
  });

  it('names Brussels and its streets in the speaker’s language', () => {
    const seen = new Map<string, string>();
    for (let seed = 0; seed < 200 && seen.size < 2; seed++) {
      for (const language of ['fr', 'nl'] as const) {
        const out = render({ $vars: { p: `{{eu.place("${language}")}}` }, p: '{{var.p}}', street: '{{eu.street("$p")}}' }, context(seed)) as JsonObject;
        if ((out.p as JsonObject).id === 'be-brussels') seen.set(language, `${(out.p as JsonObject).city} ${out.street}`);
      }
    }
    expect(seen.get('fr')).toMatch(/^Bruxelles (Rue|Avenue|Boulevard|Chaussée)/);
    expect(seen.get('nl')).toMatch(/^Brussel \S+(straat|laan|steenweg)$/);
  });

  it('gives Belgian companies the legal form of their region’s language', () => {
    const forms = (language: string) =>
      new Set(Array.from({ length: 40 }, (_, seed) => render(`{{eu.legalForm({"id":"be-brussels","language":"${language}"})}}`, context(seed))));
    expect([...forms('fr')].sort()).toEqual(['SA', 'SC', 'SRL']);
    expect([...forms('nl')].sort()).toEqual(['BV', 'CV', 'NV']);
  });

  it('puts an Italian company’s provincial office in its VAT number', () => {
    expect(String(render('{{eu.vat("it-rome")}}', context(3))).slice(9, 12)).toBe('058');
    expect(String(render('{{eu.vat("it-milan")}}', context(3))).slice(9, 12)).toBe('015');
  });

  it('accepts a country code where only the country matters', () => {
    expect(render('{{eu.vatRate("LU")}}', context(1))).toBe(17);
    expect(render('{{eu.timeZone("NL")}}', context(1))).toBe('Europe/Amsterdam');
    expect(String(render('{{eu.mobile("IT")}}', context(1)))).toMatch(/^\+393\d{9}$/);
  });

  it('lists the cities of a language, its own first', () => {
    expect(placesFor('de').map((p) => p.country)).toEqual(['BE', 'DE', 'DE', 'DE', 'DE', 'DE', 'LU', 'LU']);
  });

  it('fails on an unknown place or language with the template file and path in the message', () => {
    const place = () => render({ a: '{{eu.street("Atlantis")}}' }, context(1));
    expect(place).toThrow(HookbenchError);
    expect(place).toThrow(/eu\.json at \$\.a: .*Atlantis.*not a place/);
    expect(() => render({ a: '{{eu.place("es")}}' }, context(1))).toThrow(/"es" is not a language/);
  });
});
