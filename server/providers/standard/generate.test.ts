import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JsonValue } from '../../util/json.ts';
import { standard } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = standard.settings.parse({});
const events = Object.keys(standard.catalogue);
const seeds = [1, 2, 3, 42, 2024];
const generate = (event: string, seed = 7, set: Record<string, JsonValue> = {}) => standard.generate(event, { seed, now, set, settings });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const envelope = z.strictObject({
  type: z.string(),
  timestamp: z.literal(now.toISOString()),
  data: z.looseObject({ id: z.uuid(), type: z.string().regex(/^[a-z_]+$/) }),
});
const cents = z.number().int().nonnegative();
const line = z.looseObject({ quantity: z.number().int().positive(), unitAmount: cents, amount: cents });

describe.each(events)('%s', (event) => {
  it.each(seeds)('generates the spec’s {type, timestamp, data} envelope for seed %i', (seed) => {
    const { eventId, payload } = generate(event, seed);
    const body = envelope.parse(payload);
    expect(Object.keys(body)).toEqual(['type', 'timestamp', 'data']);
    expect(body.type).toBe(event);
    expect(body.data.type).toBe(event.split('.')[0]);
    expect(eventId).toMatch(/^msg_[0-9A-Za-z]{27}$/);
  });

  it('writes every date as ISO 8601 UTC, none after the event', () => {
    for (const seed of seeds) {
      const dates = JSON.stringify(generate(event, seed).payload).match(/"\w+At":"[^"]*"/g) ?? [];
      for (const field of dates) {
        const [name = '', value = ''] = field.replaceAll('"', '').split(/:(.*)/s);
        expect(isoDate.safeParse(value).success, field).toBe(true);
        if (!/^(nextPaymentAttemptAt|estimatedDeliveryAt)$/.test(name)) expect(Date.parse(value), field).toBeLessThanOrEqual(now.getTime());
      }
    }
  });
});

describe('standard generate', () => {
  it('gives any other name the envelope around a thin data object typed by the name’s first part', () => {
    const { payload } = generate('subscription.renewed');
    expect(envelope.parse(payload).data).toEqual({ id: expect.any(String), type: 'subscription', createdAt: expect.any(String), updatedAt: now.toISOString() });
    expect(envelope.parse(generate('ping').payload).data.type).toBe('ping');
  });

  it('gives the same seed the same bytes and id, and another seed another event', () => {
    expect(JSON.stringify(generate('invoice.paid', 5))).toBe(JSON.stringify(generate('invoice.paid', 5)));
    expect(generate('invoice.paid', 5).eventId).not.toBe(generate('invoice.paid', 6).eventId);
  });

  it('gives two event names with one seed two webhook-ids', () => {
    const ids = new Set([...events, 'a.b', 'a.c'].map((e) => generate(e, 1).eventId));
    expect(ids.size).toBe(events.length + 2);
  });

  it('dates the webhook-id with the event time (KSUID), so ids sort by time', () => {
    const later = standard.generate('user.created', { seed: 7, now: new Date(now.getTime() + 1000), set: {}, settings });
    expect(later.eventId > generate('user.created').eventId).toBe(true);
  });

  it('shows one seed’s user in both user.created and user.deleted', () => {
    const created = envelope.parse(generate('user.created', 11).payload).data;
    const deleted = envelope.parse(generate('user.deleted', 11).payload).data;
    expect(deleted.id).toBe(created.id);
    expect(deleted.email).toBe(created.email);
  });

  it.each(seeds)('adds invoice and order amounts up (seed %i)', (seed) => {
    for (const event of ['invoice.paid', 'invoice.payment_failed']) {
      const data = z.looseObject({ lines: z.array(line), total: cents, amountPaid: cents, amountDue: cents }).parse(envelope.parse(generate(event, seed).payload).data);
      for (const l of data.lines) expect(l.amount).toBe(l.quantity * l.unitAmount);
      expect(data.total).toBe(data.lines.reduce((sum, l) => sum + l.amount, 0));
      expect(data.amountPaid + data.amountDue).toBe(data.total);
    }
    const order = z.looseObject({ items: z.array(line), total: cents }).parse(envelope.parse(generate('order.shipped', seed).payload).data);
    for (const l of order.items) expect(l.amount).toBe(l.quantity * l.unitAmount);
    expect(order.total).toBe(order.items.reduce((sum, l) => sum + l.amount, 0));
  });

  it.each(seeds)('gives a shipped order a tracking number of its carrier’s shape (seed %i)', (seed) => {
    const shipment = z.object({ carrier: z.string(), trackingNumber: z.string() }).loose().parse(envelope.parse(generate('order.shipped', seed).payload).data.shipment);
    const shapes: Record<string, RegExp> = { UPS: /^1Z[0-9A-Z]{16}$/, USPS: /^9400\d{18}$/, FedEx: /^\d{12}$/ };
    expect(shipment.trackingNumber).toMatch(shapes[shipment.carrier] ?? /^$/);
  });

  it('gives the spec’s example contact its fields, with a date-only birthday', () => {
    const data = envelope.parse(generate('contact.created').payload).data;
    expect(Object.keys(data)).toEqual(['id', 'type', 'fullName', 'address', 'phoneNumber', 'birthday', 'occupation']);
    expect(data.birthday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('applies --set paths on top of the envelope and keeps the webhook-id', () => {
    const plain = generate('order.shipped');
    const changed = generate('order.shipped', 7, { 'data.status': 'delivered', 'data.shipment.carrier': 'DHL' });
    expect(changed.payload).toMatchObject({ data: { status: 'delivered', shipment: { carrier: 'DHL' } } });
    expect(changed.eventId).toBe(plain.eventId);
  });
});
