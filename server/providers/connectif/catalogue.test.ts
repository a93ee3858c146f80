import { describe, expect, it } from 'vitest';
import { configureConnectif, connectif, connectifSettingsSchema } from './index.ts';

const pedido = {
  name: 'Pedido enviado',
  fields: [
    { id: 'email', name: 'Email', type: 'email', required: true, isPrimaryKey: true },
    { id: 'pedidoId', name: 'Pedido', type: 'text' },
    { id: 'transportista', name: 'Transportista', type: 'text' },
    { id: 'seguimiento', name: 'Seguimiento', type: 'text' },
    { id: 'fechaEnvio', name: 'Fecha', type: 'date' },
  ],
};

describe('connectif catalogue', () => {
  it('lists the three Email Integration webhooks, then one send.<slug> event per default send event type', () => {
    expect(Object.keys(connectif.catalogue)).toEqual([
      'email.subscription',
      'email.unsubscription',
      'email.bounce',
      'send.carrito-abandonado',
      'send.cupon-emitido',
      'send.puntos-de-fidelidad',
    ]);
  });

  it('groups them and says how each is sent', () => {
    expect(connectif.catalogue['email.subscription']).toMatchObject({ group: 'Email integration', meta: { method: 'GET' } });
    expect(connectif.catalogue['email.bounce']?.meta).toEqual({ method: 'POST' });
    expect(connectif.catalogue['send.cupon-emitido']).toMatchObject({
      group: 'Send events',
      meta: { name: 'Cupón emitido', method: 'POST', primaryKey: 'email', fields: expect.arrayContaining(['codigoCupon', 'fechaCaducidad']) },
    });
  });

  it('is, as exported, the catalogue of the default settings', () => {
    expect(configureConnectif(connectifSettingsSchema.parse({})).catalogue).toEqual(connectif.catalogue);
  });

  it("is built from the user's send event types by configure, with a one-line description when they give none", () => {
    const configured = connectif.configure?.(connectifSettingsSchema.parse({ sendEvents: [pedido], send: { method: 'PUT' } }));
    expect(Object.keys(configured?.catalogue ?? {})).toEqual(['email.subscription', 'email.unsubscription', 'email.bounce', 'send.pedido-enviado']);
    expect(configured?.catalogue['send.pedido-enviado']).toEqual({
      description: 'Custom send event "Pedido enviado": email, pedidoId, transportista, seguimiento (+1 more)',
      group: 'Send events',
      meta: { name: 'Pedido enviado', method: 'PUT', primaryKey: 'email', fields: ['email', 'pedidoId', 'transportista', 'seguimiento', 'fechaEnvio'] },
    });
    expect(configured?.configure).toBe(connectif.configure);
  });
});
