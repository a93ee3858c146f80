/**
 * @module The object arguments of idloom's helpers (`idloom.amounts({"excl","rate"})`, …): each has
 * a zod schema, and a guard that takes the well-formed values the schema takes without running zod.
 * A guest's arguments are objects built afresh at every render, so zod ran on each (5% of idloom's
 * generation time); it now runs only to word what is wrong with a bad argument.
 * helper-args.test.ts checks that whatever a guard takes, its schema takes and reads alike.
 */
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import type { Payment } from './amounts.ts';

export interface HelperArgument<T> {
  /** The helper, for the error message. */
  name: string;
  schema: z.ZodType<T>;
  /** What the schema would give for `value`, when that is quick to tell; undefined otherwise. */
  take: (value: JsonValue | undefined) => T | undefined;
}

/**
 * The argument as the helper's schema reads it; a bad one fails with the helper's name.
 * @example readArgument(amountsArgument, { excl: 100, rate: 21 }) // { excl: 100, rate: 21 }
 */
export function readArgument<T>(argument: HelperArgument<T>, value: JsonValue | undefined): T {
  const taken = argument.take(value);
  if (taken !== undefined) return taken;
  const result = argument.schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HookbenchError('INVALID_TEMPLATE', `${argument.name}: ${JSON.stringify(value)} is not a valid argument (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`);
}

const amount = z.number().nonnegative();
const paymentSchema: z.ZodType<Payment> = z.object({
  payment_status: z.string(),
  payment_method: z.string().nullable(),
  payment_date: z.string().nullable(),
  payment_amount: z.number().nullable(),
});

const staySchema = z.looseObject({ start_date: z.string(), end_date: z.string(), venue_city: z.string(), timezone: z.string() });
export type StayEvent = z.infer<typeof staySchema>;

/** `idloom.stay(event)`: the event's dates, city and zone (other fields pass, unread). */
export const stayArgument: HelperArgument<StayEvent> = {
  name: 'idloom.stay',
  schema: staySchema,
  take: (v) => (plain(v) && ownString(v, 'start_date') && ownString(v, 'end_date') && ownString(v, 'venue_city') && ownString(v, 'timezone') ? v : undefined),
};

/** `idloom.amounts({"excl","rate"})`. */
export const amountsArgument: HelperArgument<{ excl: number; rate: number }> = {
  name: 'idloom.amounts',
  schema: z.object({ excl: amount, rate: amount }).strict(),
  take: (v) => (plain(v) && keyCount(v) === 2 && ownAmount(v, 'excl') && ownAmount(v, 'rate') ? { excl: v.excl, rate: v.rate } : undefined),
};

/** `idloom.payment({"amount","since"})`. */
export const paymentArgument: HelperArgument<{ amount: number; since: string }> = {
  name: 'idloom.payment',
  schema: z.object({ amount, since: z.string() }).strict(),
  take: (v) => (plain(v) && keyCount(v) === 2 && ownAmount(v, 'amount') && ownString(v, 'since') ? { amount: v.amount, since: v.since } : undefined),
};

/** `idloom.invoice({"amount","at"})`. */
export const invoiceArgument: HelperArgument<{ amount: number; at: string }> = {
  name: 'idloom.invoice',
  schema: z.object({ amount, at: z.string() }).strict(),
  take: (v) => (plain(v) && keyCount(v) === 2 && ownAmount(v, 'amount') && ownString(v, 'at') ? { amount: v.amount, at: v.at } : undefined),
};

/** `idloom.settle({"payment","amount"})`: the payment as `idloom.payment` gave it. */
export const settleArgument: HelperArgument<{ payment: Payment; amount: number }> = {
  name: 'idloom.settle',
  schema: z.object({ payment: paymentSchema, amount }).strict(),
  take: (v) => {
    if (!plain(v) || keyCount(v) !== 2 || !ownAmount(v, 'amount') || !Object.hasOwn(v, 'payment')) return undefined;
    const payment = takePayment(v.payment);
    return payment && { payment, amount: v.amount };
  },
};

// zod's object leaves out the keys it does not know, and writes the others in its own order.
function takePayment(v: JsonValue | undefined): Payment | undefined {
  if (!plain(v) || !ownString(v, 'payment_status')) return undefined;
  const { payment_method: method, payment_date: date, payment_amount: paid } = v;
  if (!Object.hasOwn(v, 'payment_method') || !(method === null || typeof method === 'string')) return undefined;
  if (!Object.hasOwn(v, 'payment_date') || !(date === null || typeof date === 'string')) return undefined;
  if (!Object.hasOwn(v, 'payment_amount') || !(paid === null || (typeof paid === 'number' && Number.isFinite(paid)))) return undefined;
  return { payment_status: v.payment_status, payment_method: method, payment_date: date, payment_amount: paid };
}

/** An object as JSON and templates make them: zod may take others, but they are left to it. */
function plain(v: JsonValue | undefined): v is JsonObject {
  return isJsonObject(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function keyCount(v: JsonObject): number {
  let n = 0;
  for (const key in v) if (Object.hasOwn(v, key)) n++;
  return n;
}

function ownString<K extends string>(v: JsonObject, key: K): v is JsonObject & Record<K, string> {
  return Object.hasOwn(v, key) && typeof v[key] === 'string';
}

function ownAmount<K extends string>(v: JsonObject, key: K): v is JsonObject & Record<K, number> {
  const n = v[key];
  return Object.hasOwn(v, key) && typeof n === 'number' && Number.isFinite(n) && n >= 0;
}
