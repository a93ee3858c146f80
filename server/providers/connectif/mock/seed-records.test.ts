import { describe, expect, it } from 'vitest';
import { connectif } from '../index.ts';
import { seedConnectif } from './seed-records.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = connectif.settings.parse({});

describe('Connectif seeded data set', () => {
  const data = seedConnectif({ seed: 1, now, settings });

  it('is the same for the same seed', () => {
    expect(seedConnectif({ seed: 1, now, settings })).toEqual(data);
  });

  it('makes contact N the person of a delivery with seed N', () => {
    const payload = connectif.generate('email.subscription', { seed: 5, now, set: {}, settings }).payload as { email: string };
    expect(data.contacts![4]!._email).toBe(payload.email);
  });

  it('sells the catalogue\'s products to seeded contacts, at catalogue prices, with totals that add up', () => {
    const products = new Map(data.products!.map((p) => [p.productId, p]));
    const emails = new Set(data.contacts!.map((c) => c._email));
    expect(products.size).toBe(24);
    for (const purchase of data.purchases!) {
      expect(emails.has(purchase.contactEmail)).toBe(true);
      const lines = purchase.products as { productId: string; unitPrice: number; price: number; quantity: number }[];
      for (const line of lines) expect(products.get(line.productId)?.unitPrice).toBe(line.unitPrice);
      expect(purchase.totalPrice).toBeCloseTo(lines.reduce((sum, l) => sum + l.price, 0), 2);
    }
  });
});
