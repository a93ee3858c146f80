import { describe, expect, it } from 'vitest';
import { hubspot } from './index.ts';

const payload = [
  { eventId: 11, subscriptionId: 2, portalId: 3, appId: 4, occurredAt: 5, subscriptionType: 'deal.creation', attemptNumber: 0, objectId: 6 },
  { eventId: 12, subscriptionId: 2, portalId: 3, appId: 4, occurredAt: 7, subscriptionType: 'deal.creation', attemptNumber: 0, objectId: 8 },
];
const encode = (attempt: number, overrides: Record<string, unknown> = {}, body: unknown = payload) =>
  hubspot.encode({ event: 'deal.creation', eventId: '11', payload: body as never, target: 'https://hooks.example.com/h?x=1', attempt, settings: hubspot.settings.parse(overrides) });

describe('hubspot encode', () => {
  it('POSTs the compact JSON array with the headers of a captured delivery', () => {
    expect(encode(1)).toEqual({
      method: 'POST',
      url: 'https://hooks.example.com/h?x=1',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: webhooks-nio-http-client) - WebhooksExecutorDaemon-executor',
        'X-HubSpot-Timeout-Millis': '5000',
        'X-HubSpot-Signature-Version': 'v1',
      },
      body: JSON.stringify(payload),
    });
  });

  it.each([
    [1, 0],
    [2, 1],
    [11, 10],
  ])('writes attemptNumber %i − 1 = %i into every event, in place, keeping the event ids', (attempt, expected) => {
    const body = JSON.parse(encode(attempt).body ?? '') as typeof payload;
    expect(body.map((e) => e.attemptNumber)).toEqual([expected, expected]);
    expect(body.map((e) => e.eventId)).toEqual([11, 12]);
    expect(body.map((e) => Object.keys(e))).toEqual(payload.map((e) => Object.keys(e)));
  });

  it('gives each attempt its own body', () => {
    expect(encode(2).body).not.toBe(encode(1).body);
  });

  it('adds attemptNumber at the end of a user event that lacks it, and leaves non-objects alone', () => {
    expect(encode(3, {}, [{ eventId: 1 }, 'x']).body).toBe('[{"eventId":1,"attemptNumber":2},"x"]');
    expect(encode(3, {}, { not: 'a batch' }).body).toBe('{"not":"a batch"}');
  });

  it.each([
    [{ signatureVersion: 'v1' }, 'v1'],
    [{ signatureVersion: 'v2' }, 'v2'],
    [{ signatureVersion: 'v3' }, 'v1'],
    [{ signatureVersion: 'v3', includeV1: false }, undefined],
  ])('names the X-HubSpot-Signature digest for %j: %s', (overrides, version) => {
    expect(encode(1, overrides).headers['X-HubSpot-Signature-Version']).toBe(version);
  });
});
