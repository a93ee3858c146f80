import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../types.ts';
import { connectif, connectifSettingsSchema, type ConnectifCredentials } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = connectifSettingsSchema.parse({});
const noEmailHeaders = connectifSettingsSchema.parse({ emailIntegration: { headers: false } });
const token = 'q3J1dG9rZW4tZm9yLWNvbm5lY3RpZi0xMjM0NTY3ODkw';
const credentials = { headers: { 'X-Connectif-Token': token }, apiKey: 'id:secret' };
const sendBody = JSON.stringify({ email: 'lucia@gmail.com', codigoCupon: 'HOLA10', tipoDescuento: 'importe' });
const get = (headers: Record<string, string>): ReceivedRequest => ({ method: 'GET', url: 'http://127.0.0.1:4400/sink/default?email=lucia%40gmail.com&ip=', headers, body: '' });
const post = (headers: Record<string, string>, body = sendBody): ReceivedRequest => ({ method: 'POST', url: 'http://127.0.0.1:4400/sink/default', headers, body });
const verify = (request: ReceivedRequest, creds: ConnectifCredentials = credentials, s = settings) => connectif.verify({ request, credentials: creds, now, settings: s });
const wire = { method: 'POST' as const, url: 'http://127.0.0.1:3000/hook', headers: {}, body: sendBody };
const sign = (event: string, s = settings) => connectif.sign({ request: wire, eventId: `connectif:${event}:lucia@gmail.com:0123456789abcdef`, credentials, now, settings: s });

describe('connectif sign', () => {
  it('sends the static headers of the credentials, as they are', () => {
    expect(sign('send.cupon-emitido')).toEqual({ 'X-Connectif-Token': token });
    expect(sign('email.subscription')).toEqual({ 'X-Connectif-Token': token });
  });

  it('sends nothing on Email Integration webhooks when emailIntegration.headers is off, but still on send events', () => {
    expect(sign('email.bounce', noEmailHeaders)).toEqual({});
    expect(sign('send.cupon-emitido', noEmailHeaders)).toEqual({ 'X-Connectif-Token': token });
  });
});

describe('connectif verify', () => {
  it.each([
    ['a subscription GET', get({ 'x-connectif-token': token })],
    ['a send event', post({ 'x-connectif-token': token })],
    ['a bounce', post({ 'x-connectif-token': token }, '{"bounceErrorMessage":"550 5.1.1","email":"a@b.es"}')],
  ])('accepts %s with the right header', (_, request) => {
    expect(verify(request)).toEqual({ ok: true, scheme: 'static-headers' });
  });

  it('says which header is missing, on which event, and where Connectif takes it from', () => {
    expect(verify(get({}))).toEqual({
      ok: false,
      scheme: 'static-headers',
      reason: "X-Connectif-Token is missing on email.subscription or email.unsubscription: Connectif sends the static headers you add to the event type's webhookHeaders on every call",
    });
    expect(verify(post({}))?.reason).toMatch(/^X-Connectif-Token is missing on send\.cupon-emitido/);
  });

  it('reports a wrong value of the same length, of another length, and in another case', () => {
    const flipped = `${token.slice(0, -1)}1`;
    for (const wrong of [flipped, 'short', `${token}x`, token.toLowerCase()]) {
      expect(verify(post({ 'x-connectif-token': wrong }))).toEqual({
        ok: false,
        scheme: 'static-headers',
        reason: "X-Connectif-Token does not match the value in the workbench's credentials (hookbench credentials connectif)",
      });
    }
  });

  it('checks every configured header and names all the missing ones', () => {
    const two = { headers: { 'X-Connectif-Token': token, Authorization: 'Bearer abc' }, apiKey: 'a:b' };
    expect(verify(post({ 'x-connectif-token': token, authorization: 'Bearer abc' }), two)?.ok).toBe(true);
    expect(verify(post({}), two)?.reason).toMatch(/^X-Connectif-Token, Authorization are missing/);
    expect(verify(post({ 'x-connectif-token': token, authorization: 'Bearer abd' }), two)?.reason).toMatch(/^Authorization does not match/);
  });

  it('accepts any Connectif request when no headers are configured', () => {
    expect(verify(get({}), { headers: {}, apiKey: 'a:b' })).toEqual({ ok: true, scheme: 'static-headers' });
  });

  it('accepts header-less Email Integration webhooks when emailIntegration.headers is off, but not send events', () => {
    expect(verify(get({}), credentials, noEmailHeaders)?.ok).toBe(true);
    expect(verify(post({}), credentials, noEmailHeaders)?.ok).toBe(false);
  });

  it('recognises its own header on a body it cannot place, and checks it', () => {
    expect(verify(post({ 'x-connectif-token': 'nope' }, 'hola'))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  });

  it.each([
    ['a Ploomes envelope', post({ 'x-ploomes-validation-key': 'k' }, '{"Action":"Update","Entity":"Deals","New":{"Id":1},"Old":null}')],
    ['a GET with an e-mail but no ip (a guest record in a query)', { ...get({}), url: 'http://127.0.0.1:4400/sink/default?uid=1&email=a%40b.es&firstname=Ana' }],
    ['a JSON body with fields of no configured event', post({}, '{"email":"a@b.es","petitionId":"x"}')],
    ['an empty body', post({}, '')],
  ])('leaves %s to other providers', (_, request) => {
    expect(verify(request)).toBeUndefined();
  });

  it('verifies what the workbench itself signs', () => {
    const lower = Object.fromEntries(Object.entries(sign('send.cupon-emitido')).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verify(post(lower))?.ok).toBe(true);
  });
});
