/**
 * @module A Spanish online shop's data: products priced in euros, carts whose totals add up, coupons,
 * order ids and loyalty points. Pure functions of a seeded faker.
 */
import type { Faker } from '@faker-js/faker';
import { roundCents, slug } from './common-helpers.ts';
import { esProducts, priceEndings, type EsProductSpec } from './es-products.ts';

export type EsProduct = {
  /** The store's id (SKU), fixed per product like a real catalogue: `CAL-10321`. */
  productId: string;
  name: string;
  brand: string;
  category: string;
  /** EUR, VAT included, two decimals at most. */
  unitPrice: number;
  productDetailUrl: string;
  imageUrl: string;
};

export type EsCartLine = {
  productId: string;
  name: string;
  unitPrice: number;
  quantity: number;
  /** unitPrice × quantity. */
  price: number;
};

export type EsCart = {
  cartId: string;
  products: EsCartLine[];
  totalQuantity: number;
  totalPrice: number;
  currency: 'EUR';
  /** "Vestido midi estampado (1), Sérum de vitamina C (2)": the lines as one text. */
  summary: string;
  /** Where the shopper gets the cart back. */
  url: string;
};

/** @example randomProduct(faker, 'https://tienda.example.com').unitPrice // 34.95 */
export function randomProduct(faker: Faker, storeUrl: string): EsProduct {
  return product(faker, faker.helpers.arrayElement(esProducts), storeUrl);
}

/**
 * A cart of one to `maxLines` different products, mostly one unit each.
 * @example randomCart(faker, 'https://tienda.example.com').totalPrice // 84.9
 */
export function randomCart(faker: Faker, storeUrl: string, maxLines = 4): EsCart {
  const specs = faker.helpers.arrayElements(esProducts, { min: 1, max: maxLines });
  const products = specs.map((spec) => {
    const { productId, name, unitPrice } = product(faker, spec, storeUrl);
    const quantity = faker.helpers.weightedArrayElement([
      { weight: 8, value: 1 },
      { weight: 2, value: 2 },
      { weight: 1, value: 3 },
    ]);
    return { productId, name, unitPrice, quantity, price: roundCents(unitPrice * quantity) };
  });
  const cartId = faker.string.uuid();
  return {
    cartId,
    products,
    totalQuantity: products.reduce((acc, p) => acc + p.quantity, 0),
    totalPrice: roundCents(products.reduce((acc, p) => acc + p.price, 0)),
    currency: 'EUR',
    summary: products.map((p) => `${p.name} (${p.quantity})`).join(', '),
    url: `${storeUrl}/carrito/recuperar/${cartId}`,
  };
}

/** @example randomOrderId(faker, now) // 'PED-2026-048213' */
export function randomOrderId(faker: Faker, now: Date): string {
  return `PED-${now.getUTCFullYear()}-${faker.string.numeric({ length: 6, allowLeadingZeros: true })}`;
}

function product(faker: Faker, spec: EsProductSpec, storeUrl: string): EsProduct {
  const productId = skuOf(spec);
  const [min, max] = spec.price;
  const euros = faker.number.int({ min, max: max - 1 });
  const ending = faker.helpers.arrayElement(priceEndings);
  return {
    productId,
    name: spec.name,
    brand: spec.brand,
    category: spec.category,
    unitPrice: roundCents(euros + ending),
    productDetailUrl: `${storeUrl}/${slug(spec.name)}-${productId.toLowerCase()}`,
    imageUrl: `${storeUrl}/media/productos/${productId.toLowerCase()}.jpg`,
  };
}

/** A five-digit number fixed per product (its place in the list, spread out so ids do not look sequential). */
function skuOf(spec: EsProductSpec): string {
  const index = esProducts.indexOf(spec);
  return `${spec.sku}-${10000 + ((10321 + index * 4099) % 90000)}`;
}
