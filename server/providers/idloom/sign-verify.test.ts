import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../types.ts';
import { idloom, type IdloomCredentials } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = idloom.settings.parse({});
const token = 'Bearer q3J1dmFsaWRhdGlvbi1rZXktMTIz';
const credentials: IdloomCredentials = { headers: { Authorization: token }, apiKey: 'k' };
const guest = JSON.stringify({ uid: 'g1', event_uid: 'e1', firstname: 'Marie' });
const request = (headers: Record<string, string>, body = guest, url = '/sink/default'): ReceivedRequest => ({ method: 'POST', url, headers, body });
const verify = (req: ReceivedRequest, creds = credentials) => idloom.verify({ request: req, credentials: creds, now, settings });
const hint = /\(idloom sends the custom headers set on the webhook; `hookbench credentials idloom` shows the expected ones\)$/;

describe('idloom sign', () => {
  it('sends the credentials’ custom headers as they are', () => {
    const wire = { method: 'POST' as const, url: 'http://h/hook', headers: {}, body: guest };
    const two = { headers: { Authorization: 'Bearer t', 'X-Tenant': 'acme' }, apiKey: 'k' };
    expect(idloom.sign({ request: wire, eventId: 'e', credentials: two, now, settings })).toEqual({ Authorization: 'Bearer t', 'X-Tenant': 'acme' });
  });
});

describe('idloom verify', () => {
  it('accepts the right header', () => {
    expect(verify(request({ authorization: token }))).toEqual({ ok: true, scheme: 'static-headers' });
  });

  it('reports a missing header on an idloom record, saying where to find the expected one', () => {
    const verdict = verify(request({ 'content-type': 'application/json' }));
    expect(verdict).toMatchObject({ ok: false, scheme: 'static-headers', reason: expect.stringMatching(/^Authorization is missing/) });
    expect(verdict?.reason).toMatch(hint);
  });

  it('reports a wrong header, of the same length or not', () => {
    const same = `${token.slice(0, -1)}4`;
    expect(verify(request({ authorization: same }))?.reason).toMatch(/^Authorization does not match the workbench's value/);
    expect(verify(request({ authorization: 'Bearer short' }))).toMatchObject({ ok: false });
  });

  it('checks every custom header and names each one that fails', () => {
    const two = { headers: { Authorization: 'Bearer t', 'X-Tenant': 'acme' }, apiKey: 'k' };
    expect(verify(request({ authorization: 'Bearer t', 'x-tenant': 'other' }), two)?.reason).toMatch(/^X-Tenant does not match/);
    expect(verify(request({}), two)?.reason).toMatch(/^Authorization is missing; X-Tenant is missing/);
  });

  it('recognises an event record and a GET delivery by their shape', () => {
    const event = JSON.stringify({ uid: 'e1', name: 'Forum', start_date: '2026-03-10T09:00:00Z', status: 'Registering' });
    expect(verify(request({}, event))).toMatchObject({ ok: false });
    expect(verify(request({}, '', '/sink/default?uid=g1&event_uid=e1&firstname=Marie'))).toMatchObject({ ok: false });
  });

  it('claims a request whose header matches even when its body is broken', () => {
    expect(verify(request({ authorization: token }, '{"uid":"g1",'))).toEqual({ ok: true, scheme: 'static-headers' });
  });

  it.each([
    ['another provider’s body with an Authorization header of its own', { authorization: 'Bearer other' }, '{"id":"x","type":"PROFILE_CREATED"}'],
    ['a JSON body without idloom fields', {}, '{"uid":"x"}'],
    ['an empty body', {}, ''],
  ])('leaves %s to other providers', (_, headers, body) => {
    expect(verify(request(headers, body))).toBeUndefined();
  });

  it('accepts any idloom record when the webhook has no custom headers', () => {
    expect(verify(request({}), { headers: {}, apiKey: 'k' })).toEqual({ ok: true, scheme: 'static-headers' });
  });

  it('verifies what the workbench itself signs', () => {
    const headers = idloom.sign({ request: { method: 'POST', url: 'http://h/', headers: {}, body: guest }, eventId: 'e', credentials, now, settings });
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verify(request(lower))?.ok).toBe(true);
  });
});
