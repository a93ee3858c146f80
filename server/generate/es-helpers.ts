/**
 * @module Template helpers for Spanish e-commerce data (`es.*`), for any `es` provider.
 *
 * | helper | returns |
 * |---|---|
 * | `es.person` | `{firstName, lastName, fullName, email, nif, nifType, mobile, city, province, postalCode}` |
 * | `es.dni`, `es.nie`, `es.cif("B")` | valid tax ids (`48291735K`, `Y4821973T`, `B28461937`) |
 * | `es.company` | `{name, legalForm, cif, city, province, postalCode}`, the CIF registered in that province |
 * | `es.mobile`, `es.mobile("PT")` | an E.164 mobile (`+34612345678`) |
 * | `es.place`, `es.ip` | `{city, province, provinceCode, community, postalCode}`; a Spanish residential IPv4 |
 * | `es.product`, `es.cart(4)` | a product in EUR; a cart of up to N lines whose totals add up |
 * | `es.coupon`, `es.orderId`, `es.loyalty(84.9)` | a coupon (expiry in the provider's date format), `PED-2026-048213`, points |
 *
 * Shapes are type aliases rather than interfaces so they are assignable to JsonValue.
 */
import type { Faker } from '@faker-js/faker';
import { HookbenchError } from '../errors.ts';
import type { JsonValue } from '../util/json.ts';
import { randomCart, randomOrderId, randomProduct } from './es-commerce.ts';
import { randomCif, randomDni, randomNie } from './es-documents.ts';
import { esIpv4 } from './es-network.ts';
import { randomEsPerson } from './es-person.ts';
import { mobileFor } from './es-phone.ts';
import { esPlaces, randomPostalCode } from './es-places.ts';
import { loyaltyPoints, randomCoupon } from './es-promotions.ts';
import type { TemplateHelper } from './template.ts';

export interface EsHelperOptions {
  faker: Faker;
  /** The data clock (coupon expiry, order year). */
  now: Date;
  formatDate: (date: Date) => string;
  /** The shop's base URL, for product, image and cart links. */
  storeUrl: string;
}

const companySectors = ['Distribuciones', 'Comercial', 'Suministros', 'Textil', 'Reformas', 'Asesores', 'Logística', 'Ferretería'];

/**
 * @example render({ cart: '{{es.cart}}' }, { helpers: esHelpers({ faker, now, formatDate, storeUrl }), ... })
 */
export function esHelpers({ faker, now, formatDate, storeUrl }: EsHelperOptions): Record<string, TemplateHelper> {
  return {
    'es.person': () => ({ ...randomEsPerson(faker) }),
    'es.dni': () => randomDni(faker),
    'es.nie': () => randomNie(faker),
    'es.cif': (entity) => randomCif(faker, { entity: text('es.cif', entity ?? 'B') }),
    'es.company': () => {
      const place = faker.helpers.arrayElement(esPlaces);
      const sa = faker.datatype.boolean({ probability: 0.2 });
      const surname = faker.person.lastName().split(' ')[0] ?? 'García';
      return {
        name: `${faker.helpers.arrayElement(companySectors)} ${surname} ${sa ? 'S.A.' : 'S.L.'}`,
        legalForm: sa ? 'S.A.' : 'S.L.',
        cif: randomCif(faker, { entity: sa ? 'A' : 'B', province: place.provinceCode }),
        city: place.city,
        province: place.province,
        postalCode: randomPostalCode(faker, place),
      };
    },
    'es.mobile': (country) => mobileFor(faker, text('es.mobile', country ?? 'ES')),
    'es.place': () => {
      const place = faker.helpers.arrayElement(esPlaces);
      const { city, province, provinceCode, community } = place;
      return { city, province, provinceCode, community, postalCode: randomPostalCode(faker, place) };
    },
    'es.ip': () => esIpv4(faker),
    'es.product': () => ({ ...randomProduct(faker, storeUrl) }),
    'es.cart': (maxLines) => {
      const cart = randomCart(faker, storeUrl, maxLines === undefined ? 4 : count('es.cart', maxLines));
      return { ...cart, products: cart.products.map((line) => ({ ...line })) };
    },
    'es.coupon': () => {
      const coupon = randomCoupon(faker, now);
      return { ...coupon, expiresAt: formatDate(coupon.expiresAt) };
    },
    'es.orderId': () => randomOrderId(faker, now),
    'es.loyalty': (spent) => ({ ...loyaltyPoints(faker, amount('es.loyalty', spent)) }),
  };
}

function text(name: string, value: JsonValue): string {
  if (typeof value !== 'string') throw helperError(name, `${JSON.stringify(value)} is not a string`);
  return value;
}

function count(name: string, value: JsonValue): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw helperError(name, `${JSON.stringify(value)} is not a whole number from 1`);
  return value;
}

function amount(name: string, value: JsonValue | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw helperError(name, `${JSON.stringify(value)} is not an amount in euros`);
  return value;
}

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
