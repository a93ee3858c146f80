/**
 * @module What a guest owes and has paid: ticket amounts with the event country's VAT, the payment,
 * and the invoice. idloom's enums are not documented beyond `Paid` (research §2.2); the other values
 * (`Pending`, `Free`) and the invoice numbering are ours [inferred].
 */
import type { Faker } from '@faker-js/faker';
import { roundCents } from '../../generate/common-helpers.ts';
import { formatIsoDate, formatIsoDay } from './format-date.ts';

export interface Amounts {
  amount_tax_excl: number;
  amount_tax: number;
  amount_tax_incl: number;
}

/**
 * @example ticketAmounts(100, 21) // { amount_tax_excl: 100, amount_tax: 21, amount_tax_incl: 121 }
 */
export function ticketAmounts(excl: number, ratePercent: number): Amounts {
  const tax = roundCents((excl * ratePercent) / 100);
  return { amount_tax_excl: roundCents(excl), amount_tax: tax, amount_tax_incl: roundCents(excl + tax) };
}

export interface Payment {
  payment_status: string;
  payment_method: string | null;
  payment_date: string | null;
  payment_amount: number | null;
}

const onlineMethods = ['Stripe', 'Stripe', 'Mollie', 'PayPal'] as const;
const offlineMethods = ['Bank transfer', 'Invoice'] as const;

/**
 * Free tickets are `Free`; paid ones are paid online at registration (two in three) or pending a
 * bank transfer or an invoice.
 * @example drawPayment(faker, 121, registeredAt) // { payment_status: 'Paid', payment_method: 'Stripe', payment_date: …, payment_amount: 121 }
 */
export function drawPayment(faker: Faker, amount: number, registeredAt: Date): Payment {
  if (amount === 0) return { payment_status: 'Free', payment_method: null, payment_date: null, payment_amount: null };
  if (faker.number.int({ min: 0, max: 2 }) > 0) {
    return { payment_status: 'Paid', payment_method: faker.helpers.arrayElement(onlineMethods), payment_date: formatIsoDate(registeredAt), payment_amount: amount };
  }
  return { payment_status: 'Pending', payment_method: faker.helpers.arrayElement(offlineMethods), payment_date: null, payment_amount: null };
}

/**
 * The payment once a pending transfer or invoice is paid, now; other payments stay as they are.
 * @example settlePayment({ payment_status: 'Pending', payment_method: 'Bank transfer', … }, 121, now).payment_status // 'Paid'
 */
export function settlePayment(payment: Payment, amount: number, now: Date): Payment {
  return payment.payment_status === 'Pending' ? { ...payment, payment_status: 'Paid', payment_date: formatIsoDate(now), payment_amount: amount } : payment;
}

export interface Invoice {
  last_invoice_number: string | null;
  last_invoice_date: string | null;
  last_invoice_due_date: string | null;
}

/**
 * An invoice is issued at registration for any ticket that is not free, due 30 days later.
 * @example drawInvoice(faker, 121, registeredAt) // { last_invoice_number: '2026-00417', last_invoice_date: '2026-02-03', last_invoice_due_date: '2026-03-05' }
 */
export function drawInvoice(faker: Faker, amount: number, issuedAt: Date): Invoice {
  if (amount === 0) return { last_invoice_number: null, last_invoice_date: null, last_invoice_due_date: null };
  const issued = issuedAt.getTime();
  return {
    last_invoice_number: `${issuedAt.getUTCFullYear()}-${String(faker.number.int({ min: 1, max: 4999 })).padStart(5, '0')}`,
    last_invoice_date: formatIsoDay(issued),
    last_invoice_due_date: formatIsoDay(issued + 30 * 86_400_000),
  };
}
