import { describe, expect, it } from 'vitest';
import { connectifSettingsSchema } from './index.ts';
import { sendEventKey } from './send-event-type.ts';

const myType = {
  name: 'Pedido enviado',
  fields: [
    { id: 'email', name: 'Email', type: 'email', required: true, isPrimaryKey: true },
    { id: 'transportista', name: 'Transportista', type: 'select', options: [{ id: 'seur', label: 'SEUR' }] },
  ],
};

describe('connectif settings', () => {
  it('gives three example send events and the inferred defaults from an empty object', () => {
    const settings = connectifSettingsSchema.parse({});
    expect(settings.sendEvents.map(sendEventKey)).toEqual(['send.carrito-abandonado', 'send.cupon-emitido', 'send.puntos-de-fidelidad']);
    expect(settings.send).toEqual({ method: 'POST', selectValue: 'id', emptyValue: 'null', fillRate: 0.85 });
    expect(settings.emailIntegration).toEqual({ origin: 'seeded', headers: true });
    expect(settings.storeUrl).toBe('https://tienda.example.com');
  });

  it('gives each parse its own copy of the default event types', () => {
    const a = connectifSettingsSchema.parse({});
    a.sendEvents[0]?.fields.pop();
    expect(connectifSettingsSchema.parse({}).sendEvents[0]?.fields.length).toBeGreaterThan(a.sendEvents[0]?.fields.length ?? 0);
  });

  it("replaces the defaults with the user's own send events, or none", () => {
    expect(connectifSettingsSchema.parse({ sendEvents: [myType] }).sendEvents.map(sendEventKey)).toEqual(['send.pedido-enviado']);
    expect(connectifSettingsSchema.parse({ sendEvents: [] }).sendEvents).toEqual([]);
  });

  it.each([
    [{ sendEvents: [myType, { ...myType, name: 'Pedido  enviado' }] }, 'sendEvents.1.name'],
    [{ sendEvents: [{ ...myType, fields: [] }] }, 'sendEvents.0.fields'],
    [{ send: { method: 'GET' } }, 'send.method'],
    [{ send: { fillRate: 2 } }, 'send.fillRate'],
    [{ emailIntegration: { origin: 'api' } }, 'emailIntegration.origin'],
    [{ storeUrl: 'https://tienda.example.com/' }, 'storeUrl'],
    [{ storeUrl: 'ftp://tienda.example.com' }, 'storeUrl'],
    [{ sendevents: [] }, ''],
  ])('rejects %j at %s', (input, path) => {
    const result = connectifSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
