/**
 * @module A value for a send event field without a template: by type, refined by words in the
 * field's id and name (`puntos` → points, `importe` → euros, `caducidad` → a future date), so a
 * user's own event types get plausible Spanish e-commerce data with no configuration.
 */
import type { Faker } from '@faker-js/faker';
import { roundCents, slug } from '../../generate/common-helpers.ts';
import { randomOrderId, randomProduct } from '../../generate/es-commerce.ts';
import { randomCif } from '../../generate/es-documents.ts';
import { randomEsPerson } from '../../generate/es-person.ts';
import { mobileFor } from '../../generate/es-phone.ts';
import { randomCoupon } from '../../generate/es-promotions.ts';
import type { JsonObject, JsonValue } from '../../util/json.ts';
import type { SendEventField } from './send-event-type.ts';

export interface FieldValueContext {
  faker: Faker;
  /** The customer drawn for the seed (`es.person`): names, e-mail, NIF, mobile, city. */
  contact: JsonObject;
  now: Date;
  formatDate: (date: Date) => string;
  storeUrl: string;
}

type Hint = readonly [RegExp, (c: FieldValueContext) => JsonValue];
const dayMs = 86_400_000;
const contactField = (key: string) => (c: FieldValueContext) => c.contact[key] ?? null;

// First match wins: "apellidos" before "nombre", "nombre completo" before "nombre".
const textHints: readonly Hint[] = [
  [/apellido|surname|last ?name/, contactField('lastName')],
  [/nombre ?completo|full ?name/, contactField('fullName')],
  [/nombre|first ?name|\bname\b/, contactField('firstName')],
  [/\bcif\b/, (c) => randomCif(c.faker)],
  [/\bdni\b|\bnif\b|\bnie\b|documento/, contactField('nif')],
  [/ciudad|city|localidad|municipio/, contactField('city')],
  [/provincia|province/, contactField('province')],
  [/postal|\bcp\b|zip/, contactField('postalCode')],
  [/cupon|coupon|voucher/, (c) => randomCoupon(c.faker, c.now).code],
  [/pedido|order/, (c) => randomOrderId(c.faker, c.now)],
  [/carrito|cart/, (c) => c.faker.string.uuid()],
  [/\bsku\b/, (c) => randomProduct(c.faker, c.storeUrl).productId],
  [/url|enlace|link/, (c) => randomProduct(c.faker, c.storeUrl).productDetailUrl],
  [/producto|product|articulo/, (c) => randomProduct(c.faker, c.storeUrl).name],
  [/empresa|company|compania/, (c) => `${c.faker.company.name()}`],
];

const numberHints: readonly Hint[] = [
  [/puntos|points/, (c) => c.faker.number.int({ min: 10, max: 5000 })],
  [/descuento|discount|porcentaje|percent/, (c) => c.faker.helpers.arrayElement([5, 10, 15, 20, 25])],
  [/cantidad|quantity|unidades|units|\bqty\b/, (c) => c.faker.number.int({ min: 1, max: 5 })],
  [/edad|\bage\b/, (c) => c.faker.number.int({ min: 18, max: 75 })],
  [/precio|price|importe|amount|total|valor|value|eur/, (c) => roundCents(c.faker.number.float({ min: 5, max: 400, fractionDigits: 2 }))],
];

const dateHints: readonly Hint[] = [
  [/caducidad|expira|expir|vencimiento|valid/, (c) => c.formatDate(new Date(c.now.getTime() + c.faker.number.int({ min: 7, max: 90 }) * dayMs))],
  [/nacimiento|birth|cumple/, (c) => c.formatDate(c.faker.date.birthdate({ mode: 'age', min: 18, max: 80 }))],
];

/**
 * @example fieldValue({ id: 'puntos', type: 'number', … }, context) // 1240
 */
export function fieldValue(field: SendEventField, c: FieldValueContext): JsonValue {
  const words = `${wordsOf(field.id)} ${wordsOf(field.name)}`;
  const hinted = (hints: readonly Hint[]) => hints.find(([pattern]) => pattern.test(words))?.[1](c);
  switch (field.type) {
    case 'email':
      return field.isPrimaryKey ? (c.contact.email ?? null) : randomEsPerson(c.faker).email;
    case 'phone': {
      const country = field.defaultCountryCode ?? 'ES';
      // The contact's own mobile when it is of the field's country, so names and numbers agree.
      return country === 'ES' ? (c.contact.mobile ?? null) : mobileFor(c.faker, country);
    }
    case 'boolean':
      return c.faker.datatype.boolean();
    case 'select':
      return c.faker.helpers.arrayElement(field.options ?? [{ id: '', label: '' }]).id;
    case 'number':
      return hinted(numberHints) ?? c.faker.number.int({ min: 1, max: 100 });
    case 'date':
      return hinted(dateHints) ?? c.formatDate(c.faker.date.recent({ days: 30 }));
    case 'text':
      // A department name ("Jardín", "Electrónica") is a harmless Spanish word when nothing matches.
      return hinted(textHints) ?? c.faker.commerce.department();
  }
}

/** `pedidoId` → `pedido id`; `Fecha de caducidad` → `fecha de caducidad`. */
function wordsOf(text: string): string {
  return slug(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/-/g, ' ');
}
