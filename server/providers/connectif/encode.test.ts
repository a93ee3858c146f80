import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import type { JsonValue } from '../../util/json.ts';
import { connectif, connectifSettingsSchema } from './index.ts';

const defaults = connectifSettingsSchema.parse({});
const encode = (event: string, payload: JsonValue, target = 'http://127.0.0.1:3000/webhooks/connectif', settings = defaults) =>
  connectif.encode({ event, eventId: `connectif:${event}:x:0`, payload, target, attempt: 1, settings });

describe('connectif encode', () => {
  it('sends a subscription as a GET with email and ip in the query and no body', () => {
    expect(encode('email.subscription', { email: 'lucía+news@gmail.com', ip: '83.45.112.7' })).toEqual({
      method: 'GET',
      url: 'http://127.0.0.1:3000/webhooks/connectif?email=luc%C3%ADa%2Bnews%40gmail.com&ip=83.45.112.7',
      headers: {},
      body: undefined,
    });
  });

  it('keeps ip= in the query when it is empty, and appends to a query the target already has', () => {
    expect(encode('email.unsubscription', { email: 'a@b.es', ip: '' }, 'http://127.0.0.1:3000/hook?token=abc').url).toBe('http://127.0.0.1:3000/hook?token=abc&email=a%40b.es&ip=');
  });

  it('writes a null ip as empty and other values as JSON', () => {
    expect(encode('email.subscription', { email: 'a@b.es', ip: null, n: 1 }).url).toBe('http://127.0.0.1:3000/webhooks/connectif?email=a%40b.es&ip=&n=1');
  });

  it('refuses a GET payload that is not an object', () => {
    expect(() => encode('email.subscription', ['a@b.es'])).toThrow(HookbenchError);
  });

  it('POSTs a bounce as compact JSON', () => {
    expect(encode('email.bounce', { bounceErrorMessage: '550 5.1.1 Usuario desconocido', email: 'a@b.es' })).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:3000/webhooks/connectif',
      headers: { 'Content-Type': 'application/json' },
      body: '{"bounceErrorMessage":"550 5.1.1 Usuario desconocido","email":"a@b.es"}',
    });
  });

  it("sends a send event with the settings' method and the event type's static webhookHeaders", () => {
    const [first, ...rest] = defaults.sendEvents;
    const settings = connectifSettingsSchema.parse({ send: { method: 'PUT' }, sendEvents: [{ ...first, webhookHeaders: [{ name: 'X-Origen', value: 'connectif' }] }, ...rest] });
    expect(encode('send.carrito-abandonado', { email: 'a@b.es', importeTotal: 12.5 }, undefined, settings)).toEqual({
      method: 'PUT',
      url: 'http://127.0.0.1:3000/webhooks/connectif',
      headers: { 'Content-Type': 'application/json', 'X-Origen': 'connectif' },
      body: '{"email":"a@b.es","importeTotal":12.5}',
    });
  });

  it('POSTs send events by default', () => {
    expect(encode('send.cupon-emitido', { email: 'a@b.es' }).method).toBe('POST');
  });
});
