/**
 * The signature explainer end to end: deliveries to the built-in sink, then
 * GET /api/deliveries/:id/attempts/1/explain, checked against the recorded request and the credentials API.
 */
import { createHmac, createPublicKey, verify } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../server/delivery/types.ts';
import type { SignatureExplanation } from '../server/providers/types.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

interface ExplainResponse {
  provider: string;
  auth: { scheme: string };
  faults: string[];
  explanation: SignatureExplanation | null;
}

async function deliverAndExplain(s: TestServer, body: Record<string, unknown>) {
  const created = (await (await s.api('/api/deliveries', { body })).json()) as { id: string };
  const delivery: Delivery = await s.bench.engine.settled(created.id);
  const res = await s.api(`/api/deliveries/${created.id}/attempts/1/explain`);
  expect(res.status).toBe(200);
  const credentials = (await (await s.api(`/api/providers/${String(body.provider)}/credentials`)).json()) as { credentials: Record<string, string> };
  const attempt = delivery.attempts[0];
  if (!attempt) throw new Error('the delivery made no attempt');
  return { request: attempt.request, explained: (await res.json()) as ExplainResponse, credentials: credentials.credentials };
}

const header = (explanation: SignatureExplanation | null, name: string) => explanation?.headers.find((h) => h.name === name);

describe('GET /api/deliveries/:id/attempts/:n/explain', () => {
  it('explains a Parallel delivery: V2 over URL + timestamp + body, verifying with a public key the credentials API shows', async () => {
    server = await startTestServer();
    const target = `${server.url}/sink/default/parallel?tenant=acme`;
    const { request, explained, credentials } = await deliverAndExplain(server, { provider: 'parallel', event: 'PROFILE_CREATED', target, seed: 4 });

    expect(explained).toMatchObject({ provider: 'parallel', faults: [], explanation: { scheme: 'ed25519-v2' } });
    const explanation = explained.explanation;
    const v2 = header(explanation, 'X-Parallel-Signature-V2-1');
    expect(v2?.value).toBe(request.headers['X-Parallel-Signature-V2-1']);
    expect(v2?.signedContent).toBe(target + request.headers['X-Parallel-Signature-Timestamp'] + request.body);
    for (const key of explanation?.keys ?? []) expect(Object.keys(credentials)).toContain(key.credential);
    expect(explanation?.keys.map((k) => k.credential)).toEqual(['publicKey1']);
    const publicKey = createPublicKey({ key: Buffer.from(credentials.publicKey1 ?? '', 'base64'), format: 'der', type: 'spki' });
    expect(verify(null, Buffer.from(v2?.signedContent ?? ''), publicKey, Buffer.from(v2?.value ?? '', 'base64'))).toBe(true);
  });

  it('explains a HubSpot delivery: v3 over method + decoded URI + body + timestamp, an HMAC under the client secret', async () => {
    server = await startTestServer();
    const target = `${server.url}/sink/default/hubspot?next=%2Fdone`;
    const { request, explained, credentials } = await deliverAndExplain(server, { provider: 'hubspot', event: 'contact.creation', target, seed: 4 });

    expect(explained).toMatchObject({ provider: 'hubspot', explanation: { scheme: 'hubspot-v3', keys: [{ credential: 'clientSecret' }] } });
    const v3 = header(explained.explanation, 'X-HubSpot-Signature-v3');
    const uri = target.replace('%2F', '/');
    expect(v3?.signedContent).toBe(`POST${uri}${request.body}${request.headers['X-HubSpot-Request-Timestamp']}`);
    expect(Object.keys(credentials)).toContain('clientSecret');
    expect(v3?.value).toBe(createHmac('sha256', credentials.clientSecret ?? '').update(v3?.signedContent ?? '').digest('base64'));
  });

  it('answers null for an attempt sent without its signature', async () => {
    server = await startTestServer();
    const { explained } = await deliverAndExplain(server, { provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/default`, faults: { signature: 'missing' } });
    expect(explained).toMatchObject({ faults: ['signature=missing'], explanation: null });
  });
});
