/**
 * @module The data set a fresh Connectif mock starts with, drawn from the Spanish shop generators the
 * webhooks use: contact N is the person of `hookbench trigger connectif … --seed N`; products are the
 * shop's catalogue (the SKUs carts are made of); purchases are carts of those products by those
 * contacts, at catalogue prices; a few finished imports make a history.
 */
import type { Faker } from '@faker-js/faker';
import { roundCents } from '../../../generate/common-helpers.ts';
import { randomCart, randomOrderId, randomProduct } from '../../../generate/es-commerce.ts';
import { randomEsPerson } from '../../../generate/es-person.ts';
import { esProducts } from '../../../generate/es-products.ts';
import { seededFaker } from '../../../generate/seeded-faker.ts';
import type { JsonObject } from '../../../util/json.ts';
import type { MockSeedContext } from '../../mock-types.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { mockSettingsOf } from './mock-settings.ts';
import { objectId, stableId } from './object-id.ts';

/**
 * @example seedConnectif({ seed: 1, now, settings }).contacts[0]._email // the e-mail of `email.subscription --seed 1`
 */
export function seedConnectif({ seed, now, settings }: MockSeedContext<ConnectifSettings>): Record<string, JsonObject[]> {
  const options = mockSettingsOf(settings);
  const contacts = unique(Array.from({ length: options.contacts }, (_, i) => seedContact(seed + i, now)), (c) => c._email);
  const products = seedProducts(seed, now, settings.storeUrl);
  const purchases = contacts.length === 0 ? [] : seedPurchases(seed, now, settings.storeUrl, options.purchases, contacts, products);
  const imports = Array.from({ length: options.imports }, (_, i) => seedImport(seed, i, now, contacts.length));
  return { [collections.contacts]: contacts, [collections.products]: products, [collections.purchases]: purchases, [collections.imports]: imports };
}

function seedContact(seed: number, now: Date): JsonObject {
  const faker = seededFaker({ locale: 'es', seed, now });
  // First draw: the same person as every Connectif delivery of this seed.
  const person = randomEsPerson(faker);
  const subscription = () => faker.helpers.weightedArrayElement([
    { weight: 6, value: 'subscribed' },
    { weight: 2, value: 'unsubscribed' },
    { weight: 2, value: 'none' },
  ]);
  return {
    _email: person.email,
    _name: person.firstName,
    _surname: person.lastName,
    _birthdate: faker.date.birthdate({ mode: 'age', min: 18, max: 75, refDate: now }).toISOString(),
    _mobilePhone: person.mobile,
    _mobilePhoneStatus: 'active',
    _emailStatus: faker.helpers.weightedArrayElement([
      { weight: 18, value: 'active' },
      { weight: 1, value: 'bounced' },
      { weight: 1, value: 'paused' },
    ]),
    _newsletterSubscriptionStatus: subscription(),
    _smsSubscriptionStatus: subscription(),
    _points: faker.number.int({ min: 0, max: 2500 }),
    _externalId: faker.datatype.boolean({ probability: 0.7 }) ? `CLI-${faker.string.numeric({ length: 6, allowLeadingZeros: true })}` : null,
    ciudad: person.city,
    provincia: person.province,
    codigoPostal: person.postalCode,
  };
}

/** Every product of the catalogue once, priced by its first draw. */
function seedProducts(seed: number, now: Date, storeUrl: string): JsonObject[] {
  const found = new Map<string, JsonObject>();
  for (let k = 0; found.size < esProducts.length && k < 5000; k++) {
    const faker = seededFaker({ locale: 'es', seed: seed * 10_000 + k, now });
    const product = randomProduct(faker, storeUrl);
    if (!found.has(product.productId)) found.set(product.productId, productRecord(faker, product, now));
  }
  return [...found.values()];
}

function productRecord(faker: Faker, p: ReturnType<typeof randomProduct>, now: Date): JsonObject {
  const createdAt = faker.date.past({ years: 2, refDate: now });
  const discounted = faker.datatype.boolean({ probability: 0.25 });
  const original = discounted ? roundCents(p.unitPrice * faker.helpers.arrayElement([1.1, 1.2, 1.25, 1.5])) : p.unitPrice;
  const stock = faker.number.int({ min: 0, max: 250 });
  return {
    id: objectId(createdAt, `product:${p.productId}`),
    productId: p.productId,
    name: p.name,
    description: `${p.name} de ${p.brand}.`,
    unitPrice: p.unitPrice,
    unitPriceOriginal: original,
    // Spanish VAT, 21 % (food is 10 %, but one rate keeps the catalogue simple).
    unitPriceWithoutVAT: roundCents(p.unitPrice / 1.21),
    discountedAmount: roundCents(original - p.unitPrice),
    discountedPercentage: roundCents(((original - p.unitPrice) / original) * 100),
    productDetailUrl: p.productDetailUrl,
    imageUrl: p.imageUrl,
    thumbnailUrl: p.imageUrl.replace(/\.jpg$/, '-thumb.jpg'),
    availability: stock > 0 ? 'instock' : 'outofstock',
    inStockUnits: stock,
    brand: p.brand,
    categories: [p.category],
    tags: [],
    isBlacklisted: false,
    priority: 0,
    publishedAt: createdAt.toISOString(),
    rating: faker.number.float({ min: 3, max: 5, fractionDigits: 1 }),
    ratingCount: faker.number.int({ min: 0, max: 400 }),
    reviewCount: faker.number.int({ min: 0, max: 120 }),
    relatedExternalProductIds: [],
    createdAt: createdAt.toISOString(),
    updatedAt: faker.date.between({ from: createdAt, to: now }).toISOString(),
  };
}

function seedPurchases(seed: number, now: Date, storeUrl: string, count: number, contacts: JsonObject[], products: JsonObject[]): JsonObject[] {
  const catalogue = new Map(products.map((p) => [p.productId, p]));
  const purchases: JsonObject[] = [];
  for (let j = 0; j < count; j++) {
    const faker = seededFaker({ locale: 'es', seed: seed * 100_000 + j, now });
    const contact = faker.helpers.arrayElement(contacts);
    const cart = randomCart(faker, storeUrl);
    const purchaseDate = faker.date.recent({ days: 120, refDate: now });
    const lines = cart.products.map((line) => {
      const product = catalogue.get(line.productId) ?? {};
      const unitPrice = typeof product.unitPrice === 'number' ? product.unitPrice : line.unitPrice;
      return { id: product.id ?? null, productId: line.productId, name: line.name, unitPrice, quantity: line.quantity, price: roundCents(unitPrice * line.quantity), brand: product.brand ?? null, categories: product.categories ?? [] };
    });
    const email = String(contact._email);
    purchases.push({
      id: objectId(purchaseDate, `purchase:${seed}:${j}`),
      purchaseId: randomOrderId(faker, purchaseDate),
      cartId: cart.cartId,
      contactId: stableId(`contact:${email}`),
      contactEmail: email,
      paymentMethod: faker.helpers.arrayElement(['Tarjeta', 'Tarjeta', 'Bizum', 'PayPal', 'Transferencia', 'Contra reembolso']),
      products: lines,
      purchaseDate: purchaseDate.toISOString(),
      totalPrice: roundCents(lines.reduce((sum, l) => sum + l.price, 0)),
      totalQuantity: lines.reduce((sum, l) => sum + l.quantity, 0),
      createdAt: purchaseDate.toISOString(),
      updatedAt: purchaseDate.toISOString(),
    });
  }
  return unique(purchases, (p) => p.purchaseId);
}

function seedImport(seed: number, i: number, now: Date, contacts: number): JsonObject {
  const faker = seededFaker({ locale: 'es', seed: seed * 1_000_000 + i, now });
  const createdAt = faker.date.recent({ days: 60, refDate: now });
  const startedAt = new Date(createdAt.getTime() + 2_000);
  const total = faker.number.int({ min: 1, max: Math.max(1, contacts) });
  const errors = faker.number.int({ min: 0, max: Math.min(3, total) });
  return {
    id: objectId(createdAt, `import:${seed}:${i}`),
    type: 'contacts',
    status: 'finished',
    origin: 'app',
    total,
    success: total - errors,
    errors,
    options: { delimiter: ',', overrideExisting: true, updateOnlyEmptyFields: false },
    createdAt: createdAt.toISOString(),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date(startedAt.getTime() + 1_000 + total * 50).toISOString(),
  };
}

function unique(records: JsonObject[], key: (r: JsonObject) => unknown): JsonObject[] {
  const seen = new Set<unknown>();
  return records.filter((r) => !seen.has(key(r)) && seen.add(key(r)));
}
