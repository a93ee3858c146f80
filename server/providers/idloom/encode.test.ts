import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../util/json.ts';
import { idloom } from './index.ts';

const payload: JsonObject = { uid: 'g1', event_uid: 'e1', firstname: 'Zoë', options: ['Gala dinner'], coupon: null, accompanying: false };
const target = 'http://127.0.0.1:3000/webhooks/idloom?x=1';
const encode = (settings: Record<string, unknown> = {}, event = 'guest.update') =>
  idloom.encode({ event, eventId: 'idloom:guest.update:g1:t', payload, target, attempt: 1, settings: idloom.settings.parse(settings) });

describe('idloom encode', () => {
  it('POSTs the record as compact JSON by default', () => {
    expect(encode()).toEqual({
      method: 'POST',
      url: target,
      headers: { 'Content-Type': 'application/json' },
      body: '{"uid":"g1","event_uid":"e1","firstname":"Zoë","options":["Gala dinner"],"coupon":null,"accompanying":false}',
    });
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('sends a JSON body with %s too', (method) => {
    const request = encode({ method });
    expect(request.method).toBe(method);
    expect(JSON.parse(request.body ?? '')).toEqual(payload);
  });

  it('GETs with the record in the query, as PHP writes it, and no body or Content-Type', () => {
    expect(encode({ method: 'GET' })).toEqual({
      method: 'GET',
      url: `${target}&uid=g1&event_uid=e1&firstname=Zo%C3%AB&options%5B0%5D=Gala+dinner&accompanying=0`,
      headers: {},
      body: undefined,
    });
  });

  it('GETs with JSON-encoded nested values when asked', () => {
    const url = new URL(encode({ method: 'GET', getEncoding: 'json' }).url);
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.searchParams.get('options')).toBe('["Gala dinner"]');
    expect(url.searchParams.get('coupon')).toBe('');
    expect(url.searchParams.get('accompanying')).toBe('false');
  });

  it('adds the webhook’s custom headers, and lets them choose the Content-Type', () => {
    expect(encode({ headers: { 'X-Tenant': 'acme' } }).headers).toEqual({ 'Content-Type': 'application/json', 'X-Tenant': 'acme' });
    expect(encode({ headers: { 'content-type': 'application/json; charset=utf-8' } }).headers).toEqual({ 'content-type': 'application/json; charset=utf-8' });
  });

  it('names the trigger in a header, a query parameter or a body key when the settings say so', () => {
    expect(encode({ trigger: { in: 'header' } }).headers['X-Idloom-Trigger']).toBe('guest.update');
    expect(encode({ trigger: { in: 'query' } }).url).toBe(`${target}&trigger=guest.update`);
    expect(JSON.parse(encode({ trigger: { in: 'body', key: 'webhook' } }).body ?? '')).toEqual({ ...payload, webhook: 'guest.update' });
    expect(encode({ method: 'GET', trigger: { in: 'body' } }).url).toMatch(/&accompanying=0&trigger=guest\.update$/);
    expect(encode({ trigger: { in: 'none' } })).toEqual(encode());
  });

  it('names a manual trigger by the name the organiser clicked, per delivery', () => {
    const settings = { manualTriggers: ['Sync to CRM', 'Print badge'], trigger: { in: 'header' } };
    expect(encode(settings, 'guest.manual').headers['X-Idloom-Trigger']).toBe('Sync to CRM');
    expect(encode({ ...settings, manualTrigger: 'Print badge' }, 'guest.manual').headers['X-Idloom-Trigger']).toBe('Print badge');
  });

  it('percent-encodes a trigger name a header cannot carry', () => {
    const settings = { manualTriggers: ['Exporter vers l’ERP'], trigger: { in: 'header' } };
    expect(encode(settings, 'event.manual').headers['X-Idloom-Trigger']).toBe('Exporter%20vers%20l%E2%80%99ERP');
  });
});
