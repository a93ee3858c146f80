import { describe, expect, it } from 'vitest';
import { randomCart, randomOrderId, randomProduct } from './es-commerce.ts';
import { esProducts } from './es-products.ts';
import { loyaltyPoints, randomCoupon, tierOf } from './es-promotions.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const store = 'https://tienda.example.com';
const faker = (seed: number) => seededFaker({ locale: 'es', seed, now });
const cents = (n: number) => Math.round(n * 100);

describe('products', () => {
  it('are priced in euros inside their range, with at most two decimals', () => {
    for (let seed = 0; seed < 200; seed++) {
      const product = randomProduct(faker(seed), store);
      const spec = esProducts.find((p) => p.name === product.name);
      expect(product.unitPrice).toBeGreaterThanOrEqual(spec?.price[0] ?? Infinity);
      expect(product.unitPrice).toBeLessThanOrEqual(spec?.price[1] ?? -Infinity);
      expect(Number.isInteger(cents(product.unitPrice))).toBe(true);
      expect(product.productDetailUrl.startsWith(`${store}/`)).toBe(true);
    }
  });

  it('keep one store id per product, as a real catalogue does', () => {
    const ids = new Map<string, string>();
    for (let seed = 0; seed < 200; seed++) {
      const { name, productId } = randomProduct(faker(seed), store);
      expect(ids.get(name) ?? productId).toBe(productId);
      ids.set(name, productId);
      expect(productId).toMatch(/^[A-Z]{3}-\d{5}$/);
    }
    expect(new Set(ids.values()).size).toBe(ids.size);
  });
});

describe('carts', () => {
  it('add up: each line is unit price × quantity, and the totals are the sums of the lines', () => {
    for (let seed = 0; seed < 200; seed++) {
      const cart = randomCart(faker(seed), store);
      expect(cart.products.length).toBeGreaterThanOrEqual(1);
      expect(cart.products.length).toBeLessThanOrEqual(4);
      let total = 0;
      let quantity = 0;
      for (const line of cart.products) {
        expect(cents(line.price)).toBe(cents(line.unitPrice) * line.quantity);
        total += cents(line.price);
        quantity += line.quantity;
      }
      expect(cents(cart.totalPrice)).toBe(total);
      expect(cart.totalQuantity).toBe(quantity);
      expect(new Set(cart.products.map((p) => p.productId)).size).toBe(cart.products.length);
      expect(cart.currency).toBe('EUR');
      expect(cart.url).toBe(`${store}/carrito/recuperar/${cart.cartId}`);
    }
  });
});

describe('coupons', () => {
  it('expire one to nine weeks after the event and never give away a fixed amount without a minimum', () => {
    for (let seed = 0; seed < 200; seed++) {
      const coupon = randomCoupon(faker(seed), now);
      const days = (coupon.expiresAt.getTime() - now.getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(7);
      expect(days).toBeLessThanOrEqual(60);
      expect(coupon.code).toMatch(/^[A-Z]+(\d+|ENVIO)-[A-HJ-NP-Z2-9]{6}$/);
      if (coupon.discountType === 'importe') expect(coupon.minimumPurchase).toBeGreaterThanOrEqual(3 * coupon.discountValue);
      if (coupon.discountType === 'porcentaje') expect(coupon.discountValue).toBeLessThanOrEqual(25);
      if (coupon.discountType === 'envio-gratis') expect(coupon.discountValue).toBe(0);
    }
  });
});

describe('loyalty points and order ids', () => {
  it('gives one point per whole euro, a balance that includes them, and the tier of that balance', () => {
    const points = loyaltyPoints(faker(3), 84.9);
    expect(points.earned).toBe(84);
    expect(points.balance).toBeGreaterThanOrEqual(84);
    expect(points.tier).toBe(tierOf(points.balance));
  });

  it.each([
    [0, 'bronce'],
    [499, 'bronce'],
    [500, 'plata'],
    [1999, 'plata'],
    [2000, 'oro'],
  ] as const)('puts a balance of %i in %s', (balance, tier) => {
    expect(tierOf(balance)).toBe(tier);
  });

  it('numbers orders with the year of the event', () => {
    expect(randomOrderId(faker(1), now)).toMatch(/^PED-2026-\d{6}$/);
  });
});
