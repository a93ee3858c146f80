import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { validCIF } from 'spain-id';
import { describe, expect, it } from 'vitest';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { checkFieldValue } from './check-field-value.ts';
import { fieldValue } from './field-values.ts';
import type { SendEventField } from './send-event-type.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const contact = { firstName: 'Lucía', lastName: 'García López', fullName: 'Lucía García López', email: 'lucia.garcia@gmail.com', nif: '48291735K', mobile: '+34612345678', city: 'Sevilla', province: 'Sevilla', postalCode: '41004' };
const context = (seed = 1) => ({ faker: seededFaker({ locale: 'es', seed, now }), contact, now, formatDate: (d: Date) => d.toISOString(), storeUrl: 'https://tienda.example.com' });
const field = (over: Partial<SendEventField>): SendEventField => ({ id: 'f', name: 'F', type: 'text', required: false, isPrimaryKey: false, ...over });
const value = (over: Partial<SendEventField>, seed = 1) => fieldValue(field(over), context(seed));

describe('a value by field type', () => {
  it("gives the e-mail primary key the contact's address, and another e-mail field someone else's", () => {
    expect(value({ type: 'email', isPrimaryKey: true, required: true })).toBe('lucia.garcia@gmail.com');
    expect(value({ type: 'email', id: 'amigo' })).toMatch(/^[^@]+@[a-z.]+$/);
    expect(value({ type: 'email', id: 'amigo' })).not.toBe('lucia.garcia@gmail.com');
  });

  it("gives a Spanish phone field the contact's mobile, and another country's field a mobile of that country", () => {
    expect(value({ type: 'phone' })).toBe('+34612345678');
    const pt = parsePhoneNumberFromString(String(value({ type: 'phone', defaultCountryCode: 'PT' })));
    expect(pt?.country).toBe('PT');
    expect(pt?.getType()).toBe('MOBILE');
  });

  it('draws a select option id, a boolean and a recent ISO date', () => {
    expect(['a', 'b']).toContain(value({ type: 'select', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }));
    expect(typeof value({ type: 'boolean' })).toBe('boolean');
    const date = Date.parse(String(value({ type: 'date' })));
    expect(date).toBeLessThanOrEqual(now.getTime());
    expect(date).toBeGreaterThan(now.getTime() - 31 * 86_400_000);
  });

  it.each([
    [{ id: 'nombre' }, 'Lucía'],
    [{ id: 'apellidos', name: 'Apellidos' }, 'García López'],
    [{ id: 'nombreCompleto' }, 'Lucía García López'],
    [{ id: 'x', name: 'DNI del cliente' }, '48291735K'],
    [{ id: 'ciudad' }, 'Sevilla'],
    [{ id: 'codigoPostal' }, '41004'],
  ])('reads the contact for a text field named %j', (over, expected) => {
    expect(value(over)).toBe(expected);
  });

  it.each([
    [{ id: 'pedidoId' }, /^PED-2026-\d{6}$/],
    [{ id: 'cupon' }, /^[A-Z]+(\d+|ENVIO)-[A-Z0-9]{6}$/],
    [{ id: 'url', name: 'Enlace al producto' }, /^https:\/\/tienda\.example\.com\//],
    [{ id: 'sku' }, /^[A-Z]{3}-\d{5}$/],
  ])('makes shop data for a text field named %j', (over, pattern) => {
    expect(value(over)).toMatch(pattern);
  });

  it('gives a CIF field a valid company CIF', () => {
    expect(validCIF(String(value({ id: 'cif' })))).toBe(true);
  });

  it('gives numbers by name: euros with cents, whole points, small quantities', () => {
    for (let seed = 0; seed < 50; seed++) {
      const euros = Number(value({ type: 'number', id: 'importe' }, seed));
      expect(Math.round(euros * 100)).toBeCloseTo(euros * 100, 6);
      expect(Number.isInteger(value({ type: 'number', id: 'puntos' }, seed))).toBe(true);
      expect(Number(value({ type: 'number', id: 'cantidad' }, seed))).toBeLessThanOrEqual(5);
    }
  });

  it('dates an expiry field in the future', () => {
    expect(Date.parse(String(value({ type: 'date', id: 'fechaCaducidad' })))).toBeGreaterThan(now.getTime());
  });
});

describe('checking a rendered value', () => {
  const select = field({ type: 'select', options: [{ id: 'oro', label: 'Oro' }] });

  it('writes a select option by id or by label, whichever the template gave', () => {
    expect(checkFieldValue(select, 'Oro', 'id')).toEqual({ ok: true, value: 'oro' });
    expect(checkFieldValue(select, 'oro', 'label')).toEqual({ ok: true, value: 'Oro' });
  });

  it('accepts null for an optional field only', () => {
    expect(checkFieldValue(field({}), null, 'id')).toEqual({ ok: true, value: null });
    expect(checkFieldValue(field({ required: true }), null, 'id')).toMatchObject({ ok: false, problem: expect.stringMatching(/required/) });
  });

  it.each([
    ['number', '12', /not a number/],
    ['boolean', 'true', /not true or false/],
    ['email', 'lucia', /not an e-mail/],
    ['phone', '612 34 56 78', /E\.164/],
    ['date', '01/01/2026', /ISO 8601/],
    ['text', 12, /not text/],
  ] as const)('refuses a %s field rendered as %j', (type, rendered, problem) => {
    expect(checkFieldValue(field({ type }), rendered, 'id')).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
  });

  it('refuses a select value that is no option, naming the options', () => {
    expect(checkFieldValue(select, 'platino', 'id')).toMatchObject({ ok: false, problem: expect.stringMatching(/options oro/) });
  });
});
