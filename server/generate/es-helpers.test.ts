import { validCIF, validDNI, validNIE } from 'spain-id';
import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import type { JsonObject } from '../util/json.ts';
import { commonHelpers } from './common-helpers.ts';
import { esHelpers } from './es-helpers.ts';
import { esMobilePattern } from './es-phone.ts';
import { esPlaces } from './es-places.ts';
import { seededFaker } from './seeded-faker.ts';
import { render } from './template.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const context = (seed: number) => {
  const faker = seededFaker({ locale: 'es', seed, now });
  const formatDate = (d: Date) => d.toISOString();
  const helpers = {
    ...commonHelpers({ faker, now, formatDate, parseDate: (s) => new Date(s) }),
    ...esHelpers({ faker, now, formatDate, storeUrl: 'https://tienda.example.com' }),
  };
  return { faker, helpers, formatDate, source: 'es.json' };
};

describe('es helpers', () => {
  it('give valid ids and E.164 mobiles', () => {
    const out = render({ dni: '{{es.dni}}', nie: '{{es.nie}}', cif: '{{es.cif("A")}}', mobile: '{{es.mobile}}', pt: '{{es.mobile("PT")}}' }, context(4)) as JsonObject;
    expect(validDNI(String(out.dni))).toBe(true);
    expect(validNIE(String(out.nie))).toBe(true);
    expect(out.cif).toMatch(/^A/);
    expect(validCIF(String(out.cif))).toBe(true);
    expect(out.mobile).toMatch(esMobilePattern);
    expect(out.pt).toMatch(/^\+3519/);
  });

  it('register a company in the province of its city, with the entity letter of its legal form', () => {
    for (let seed = 0; seed < 100; seed++) {
      const company = render('{{es.company}}', context(seed)) as JsonObject;
      const place = esPlaces.find((p) => p.city === company.city);
      const cif = String(company.cif);
      expect(validCIF(cif), cif).toBe(true);
      expect(Number(cif.slice(1, 3))).toBe(place?.provinceCode);
      expect(cif.charAt(0)).toBe(company.legalForm === 'S.A.' ? 'A' : 'B');
      expect(String(company.name).endsWith(String(company.legalForm))).toBe(true);
    }
  });

  it('let a template read a cart and a person through $vars', () => {
    const out = render(
      { $vars: { cart: '{{es.cart(2)}}', who: '{{es.person}}' }, total: '{{json.get("$cart","totalPrice")}}', email: '{{json.get("$who","email")}}' },
      context(9),
    ) as JsonObject;
    expect(typeof out.total).toBe('number');
    expect(out.email).toMatch(/@/);
  });

  it('write the coupon expiry with the provider date format', () => {
    const coupon = render('{{es.coupon}}', context(2)) as JsonObject;
    expect(Date.parse(String(coupon.expiresAt))).toBeGreaterThan(now.getTime());
  });

  it.each([
    ['{{es.cart(0)}}', /es\.cart/],
    ['{{es.loyalty("mucho")}}', /es\.loyalty/],
    ['{{es.cif(1)}}', /es\.cif/],
  ])('refuses %s with the helper named', (template, message) => {
    const run = () => render({ a: template }, context(1));
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(message);
  });
});
