import { describe, expect, it } from 'vitest';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { drawInvoice, drawPayment, settlePayment, ticketAmounts } from './amounts.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const registeredAt = new Date('2025-11-07T20:07:52.000Z');
const faker = (seed: number) => seededFaker({ locale: 'en', seed, now });

describe('idloom amounts', () => {
  it.each([
    [100, 21, { amount_tax_excl: 100, amount_tax: 21, amount_tax_incl: 121 }],
    [295, 21, { amount_tax_excl: 295, amount_tax: 61.95, amount_tax_incl: 356.95 }],
    [45, 17, { amount_tax_excl: 45, amount_tax: 7.65, amount_tax_incl: 52.65 }],
    [0, 22, { amount_tax_excl: 0, amount_tax: 0, amount_tax_incl: 0 }],
  ])('charges %d excl. at %d %% VAT', (excl, rate, expected) => {
    expect(ticketAmounts(excl, rate)).toEqual(expected);
  });

  it('makes free tickets Free, without method, date, amount or invoice', () => {
    expect(drawPayment(faker(1), 0, registeredAt)).toEqual({ payment_status: 'Free', payment_method: null, payment_date: null, payment_amount: null });
    expect(drawInvoice(faker(1), 0, registeredAt)).toEqual({ last_invoice_number: null, last_invoice_date: null, last_invoice_due_date: null });
  });

  it('pays online at registration or leaves a transfer or invoice pending', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const p = drawPayment(faker(seed), 121, registeredAt);
      seen.add(p.payment_status);
      if (p.payment_status === 'Paid') expect(p).toMatchObject({ payment_method: expect.stringMatching(/^(Stripe|Mollie|PayPal)$/), payment_date: '2025-11-07T20:07:52Z', payment_amount: 121 });
      else expect(p).toMatchObject({ payment_status: 'Pending', payment_method: expect.stringMatching(/^(Bank transfer|Invoice)$/), payment_date: null, payment_amount: null });
    }
    expect([...seen].sort()).toEqual(['Paid', 'Pending']);
  });

  it('settles a pending payment now and leaves others alone', () => {
    const pending = { payment_status: 'Pending', payment_method: 'Bank transfer', payment_date: null, payment_amount: null };
    expect(settlePayment(pending, 121, now)).toEqual({ payment_status: 'Paid', payment_method: 'Bank transfer', payment_date: '2026-01-01T12:00:00Z', payment_amount: 121 });
    const free = { payment_status: 'Free', payment_method: null, payment_date: null, payment_amount: null };
    expect(settlePayment(free, 0, now)).toBe(free);
  });

  it('issues an invoice numbered in the year of issue, due 30 days later', () => {
    const invoice = drawInvoice(faker(3), 121, registeredAt);
    expect(invoice.last_invoice_number).toMatch(/^2025-\d{5}$/);
    expect(invoice).toMatchObject({ last_invoice_date: '2025-11-07', last_invoice_due_date: '2025-12-07' });
  });
});
