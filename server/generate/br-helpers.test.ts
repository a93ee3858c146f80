import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import type { JsonObject } from '../util/json.ts';
import { brHelpers } from './br-helpers.ts';
import { brPhonePattern } from './br-phone.ts';
import { brPlaces } from './br-places.ts';
import { seededFaker } from './seeded-faker.ts';
import { render } from './template.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const context = (seed: number) => {
  const faker = seededFaker({ locale: 'pt_BR', seed, now });
  return { faker, helpers: brHelpers(faker), formatDate: (d: Date) => d.toISOString(), source: 'br.json' };
};
const template = {
  $vars: { place: '{{br.place}}' },
  place: '{{var.place}}',
  mobile: '{{br.mobile("$place")}}',
  landline: '{{br.landline("$place")}}',
  cep: '{{br.cep("$place")}}',
  neighborhood: '{{br.neighborhood("$place")}}',
};

describe('br helpers', () => {
  it('gives phones, CEP and neighbourhood that belong to the drawn city', () => {
    for (let seed = 0; seed < 200; seed++) {
      const out = render(template, context(seed)) as JsonObject;
      const place = brPlaces.find((p) => p.city === (out.place as JsonObject).city);
      expect(place).toBeDefined();
      if (!place) continue;
      expect(out.mobile).toMatch(brPhonePattern);
      expect(out.mobile).toMatch(new RegExp(`^\\(${place.ddd}\\) 9[6-9]\\d{3}-\\d{4}$`));
      expect(out.landline).toMatch(new RegExp(`^\\(${place.ddd}\\) [2-5]\\d{3}-\\d{4}$`));
      expect(out.cep).toMatch(/^\d{5}-\d{3}$/);
      const cep = Number(String(out.cep).replace('-', ''));
      expect(cep).toBeGreaterThanOrEqual(place.cep[0]);
      expect(cep).toBeLessThanOrEqual(place.cep[1]);
      expect(place.neighborhoods).toContain(out.neighborhood);
    }
  });

  it('draws a random city when no place is given', () => {
    const out = render({ tel: '{{br.mobile}}', cep: '{{br.cep}}' }, context(3)) as JsonObject;
    expect(out.tel).toMatch(brPhonePattern);
    expect(out.cep).toMatch(/^\d{5}-\d{3}$/);
  });

  it('accepts a city name as the place', () => {
    expect(render('{{br.mobile("Recife")}}', context(1))).toMatch(/^\(81\) /);
  });

  it('fails on an unknown place with the template file and path in the message', () => {
    const run = () => render({ a: '{{br.mobile("Atlantis")}}' }, context(1));
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(/br\.json at \$\.a: .*Atlantis.*not a place/);
  });
});
