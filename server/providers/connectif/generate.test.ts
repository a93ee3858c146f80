import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { validCIF, validDNI, validNIE } from 'spain-id';
import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import type { JsonObject, JsonValue } from '../../util/json.ts';
import { connectif, connectifSettingsSchema, sendEventKey } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const defaults = connectifSettingsSchema.parse({});
type Settings = typeof defaults;
const generate = (event: string, seed = 5, set: Record<string, JsonValue> = {}, settings: Settings = defaults) => connectif.generate(event, { seed, now, set, settings });
const body = (event: string, seed = 5, set: Record<string, JsonValue> = {}, settings: Settings = defaults) => generate(event, seed, set, settings).payload as JsonObject;
const withSend = (send: Partial<Settings['send']>) => connectifSettingsSchema.parse({ send });
const seeds = Array.from({ length: 60 }, (_, i) => i);
const validNif = (nif: string) => validDNI(nif) || validNIE(nif);

describe('connectif send events', () => {
  it('are JSON objects keyed by field id, in the order the event type lists its fields', () => {
    for (const type of defaults.sendEvents) {
      const payload = body(sendEventKey(type), 5, {}, withSend({ fillRate: 1 }));
      expect(Object.keys(payload)).toEqual(type.fields.map((f) => f.id));
    }
  });

  it('give the loyalty points of the order: one per whole euro, a balance that includes them, the tier of the balance', () => {
    for (const seed of seeds) {
      const p = body('send.puntos-de-fidelidad', seed);
      expect(p.puntosGanados).toBe(Math.floor(Number(p.importePedido)));
      expect(Number(p.saldoPuntos)).toBeGreaterThanOrEqual(Number(p.puntosGanados));
      const balance = Number(p.saldoPuntos);
      if (p.nivel !== null) expect(p.nivel).toBe(balance < 500 ? 'bronce' : balance < 2000 ? 'plata' : 'oro');
      if (p.nif !== null) expect(validNif(String(p.nif)), String(p.nif)).toBe(true);
      expect(p.pedidoId).toMatch(/^PED-2026-\d{6}$/);
    }
  });

  it('send an abandoned cart whose units and total in EUR agree with its recovery link and id', () => {
    for (const seed of seeds) {
      const c = body('send.carrito-abandonado', seed);
      expect(c.urlCarrito).toBe(`https://tienda.example.com/carrito/recuperar/${String(c.cartId)}`);
      const quantities = [...String(c.productos).matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));
      expect(quantities.reduce((a, b) => a + b, 0)).toBe(c.unidades);
      expect(String(c.importeTotal)).toMatch(/^\d+(\.\d{1,2})?$/);
      if (c.moneda !== null) expect(c.moneda).toBe('EUR');
      if (c.movil !== null) expect(parsePhoneNumberFromString(String(c.movil))?.getType()).toBe('MOBILE');
      const nif = c.nifFacturacion;
      if (nif !== null) expect(validNif(String(nif)) || validCIF(String(nif)), String(nif)).toBe(true);
      expect(Date.parse(String(c.fechaAbandono))).toBeLessThan(now.getTime());
    }
  });

  it('issue coupons that expire after the event, with a value that fits the kind of discount', () => {
    for (const seed of seeds) {
      const c = body('send.cupon-emitido', seed);
      expect(Date.parse(String(c.fechaCaducidad))).toBeGreaterThan(now.getTime());
      expect(['porcentaje', 'importe', 'envio-gratis']).toContain(c.tipoDescuento);
      if (c.tipoDescuento === 'envio-gratis') expect(c.valorDescuento).toBe(0);
      else expect(String(c.codigoCupon)).toContain(String(c.valorDescuento));
    }
  });

  it('draw the same customer for the same seed in every Connectif event', () => {
    const emails = ['send.carrito-abandonado', 'send.cupon-emitido', 'send.puntos-de-fidelidad', 'email.subscription', 'email.bounce'].map((e) => body(e, 7).email);
    expect(new Set(emails).size).toBe(1);
    expect(body('send.cupon-emitido', 8).email).not.toBe(emails[0]);
  });

  it('leave optional fields empty for some contacts, as null by default or left out', () => {
    const nulls = seeds.filter((seed) => body('send.puntos-de-fidelidad', seed).nombre === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls).toBeLessThan(seeds.length / 2);
    const omitted = seeds.map((seed) => body('send.puntos-de-fidelidad', seed, {}, withSend({ emptyValue: 'omit' })));
    expect(omitted.some((p) => !('nombre' in p))).toBe(true);
    expect(omitted.every((p) => Object.values(p).every((v) => v !== null))).toBe(true);
  });

  it('never leave a required field empty, and fill every field with fillRate 1', () => {
    for (const seed of seeds) {
      const p = body('send.cupon-emitido', seed, {}, withSend({ fillRate: 1 }));
      expect(Object.values(p).every((v) => v !== null)).toBe(true);
      expect(body('send.cupon-emitido', seed, {}, withSend({ fillRate: 0 })).codigoCupon).not.toBeNull();
    }
  });

  it('write select fields by label when selectValue is label', () => {
    expect(['Porcentaje', 'Importe fijo', 'Envío gratis']).toContain(body('send.cupon-emitido', 3, {}, withSend({ selectValue: 'label' })).tipoDescuento);
  });

  it('apply --set overrides and derive the event id from the result', () => {
    const { payload, eventId } = generate('send.cupon-emitido', 5, { email: 'otra@example.es', codigoCupon: 'HOLA10' });
    expect(payload).toMatchObject({ email: 'otra@example.es', codigoCupon: 'HOLA10' });
    expect(eventId).toMatch(/^connectif:send\.cupon-emitido:otra@example\.es:[0-9a-f]{16}$/);
  });

  it("generate a user's own event type from the settings the delivery runs with, with values by type", () => {
    const settings = connectifSettingsSchema.parse({
      sendEvents: [
        {
          name: 'Pedido enviado',
          fields: [
            { id: 'correo', name: 'Email', type: 'email', required: true, isPrimaryKey: true },
            { id: 'pedidoId', name: 'Pedido', type: 'text', required: true },
            { id: 'transportista', name: 'Transportista', type: 'select', required: true, options: [{ id: 'seur', label: 'SEUR' }, { id: 'correos', label: 'Correos Express' }] },
            { id: 'importe', name: 'Importe', type: 'number', required: true },
          ],
        },
      ],
    });
    const { payload, eventId } = connectif.generate('send.pedido-enviado', { seed: 1, now, set: {}, settings });
    expect(Object.keys(payload as JsonObject)).toEqual(['correo', 'pedidoId', 'transportista', 'importe']);
    expect(eventId.startsWith(`connectif:send.pedido-enviado:${String((payload as JsonObject).correo)}:`)).toBe(true);
  });

  it('name the event type and field when a template renders the wrong type', () => {
    const [first, ...rest] = defaults.sendEvents;
    const broken = { ...first, fields: first?.fields.map((f) => (f.id === 'unidades' ? { ...f, template: 'muchas' } : f)) };
    const settings = connectifSettingsSchema.parse({ sendEvents: [broken, ...rest] });
    const run = () => connectif.generate('send.carrito-abandonado', { seed: 1, now, set: {}, settings });
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(/settings\.sendEvents\[0\]\.fields\[7\]\.template \(number field "unidades"\) rendered "muchas", not a number/);
  });

  it('refuse an event the settings do not define, naming the known ones', () => {
    expect(() => generate('send.nada')).toThrow(/unknown event "send\.nada" for connectif; known: email\.subscription, .*send\.cupon-emitido/);
  });
});

describe('connectif Email Integration events', () => {
  it('give {email, ip} with a Spanish IPv4 for a form, and ip empty otherwise', () => {
    const ips = seeds.map((seed) => body('email.subscription', seed));
    for (const p of ips) {
      expect(Object.keys(p)).toEqual(['email', 'ip']);
      expect(p.ip === '' || /^(80|83|88)\.\d+\.\d+\.\d+$/.test(String(p.ip))).toBe(true);
    }
    expect(ips.filter((p) => p.ip === '').length).toBeGreaterThan(0);
    expect(ips.filter((p) => p.ip !== '').length).toBeGreaterThan(ips.length / 2);
  });

  it('follow the origin setting: never an IP from an import, always one from a form, the rest unchanged', () => {
    const fixed = (origin: string) => connectifSettingsSchema.parse({ emailIntegration: { origin } });
    for (const seed of seeds.slice(0, 20)) {
      expect(body('email.unsubscription', seed, {}, fixed('import')).ip).toBe('');
      expect(body('email.unsubscription', seed, {}, fixed('form')).ip).not.toBe('');
      expect(body('email.unsubscription', seed, {}, fixed('form')).email).toBe(body('email.unsubscription', seed).email);
    }
  });

  it('let --set empty the ip', () => {
    expect(body('email.subscription', 1, { ip: '' }).ip).toBe('');
  });

  it('give a bounce {bounceErrorMessage, email} with an SMTP reply', () => {
    for (const seed of seeds) {
      const p = body('email.bounce', seed);
      expect(Object.keys(p)).toEqual(['bounceErrorMessage', 'email']);
      expect(p.bounceErrorMessage).toMatch(/^[45]\d\d[ -][45]\.\d\.\d+ /);
      expect(String(p.bounceErrorMessage)).not.toContain('{{');
    }
  });
});
