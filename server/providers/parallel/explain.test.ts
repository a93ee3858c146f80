import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareAttempt, type PrepareAttemptInput } from '../../delivery/prepare-attempt.ts';
import type { SignatureExplanation } from '../types.ts';
import { parallel } from './index.ts';
import type { ParallelCredentials } from './credentials.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const target = 'https://hooks.example.com/parallel?tenant=acme&next=%2Fdone';
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const otherBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 13 + 101) % 256);
const oneKey = parallel.credentials.generate(fixedBytes);
const twoKeys = parallel.credentials.rotate?.(oneKey, otherBytes) ?? oneKey;

function attempt({ credentials = oneKey, settings = {}, ...rest }: { credentials?: ParallelCredentials; settings?: Record<string, unknown> } & Partial<Pick<PrepareAttemptInput, 'faults' | 'edits'>> = {}) {
  const parsed = parallel.settings.parse(settings);
  const event = 'PROFILE_CREATED';
  const { eventId, payload } = parallel.generate(event, { seed: 9, now, set: {}, settings: parsed });
  const { request } = prepareAttempt({ provider: parallel, settings: parsed, credentials, event, eventId, payload, target, attempt: 1, now, faults: rest.faults ?? {}, edits: rest.edits });
  const recorded = { ...request, body: request.body ?? '' };
  return { request: recorded, explanation: parallel.explain?.({ request: recorded, credentials, settings: parsed }) };
}

/** node:crypto on its own: the header is an Ed25519 signature of its signed content under the named public key. */
function verifiesWith(header: SignatureExplanation['headers'][number], publicKeyB64: string | undefined): boolean {
  const key = createPublicKey({ key: Buffer.from(publicKeyB64 ?? '', 'base64'), format: 'der', type: 'spki' });
  return verify(null, Buffer.from(header.signedContent ?? ''), key, Buffer.from(header.value, 'base64'));
}

describe('explainParallel', () => {
  it('rebuilds V2 as URL + timestamp + body and V1 as the body, each verifying with public key 1', () => {
    const { request, explanation } = attempt();
    const ts = request.headers['X-Parallel-Signature-Timestamp'];
    expect(ts).toBe(String(now.getTime()));
    expect(explanation?.scheme).toBe('ed25519-v2');
    expect(explanation?.headers.map((h) => h.name)).toEqual(['X-Parallel-Signature-Timestamp', 'X-Parallel-Signature-1', 'X-Parallel-Signature-V2-1']);
    const [, v1, v2] = explanation?.headers ?? [];
    expect(v2?.signedContent).toBe(`${target}${ts}${request.body}`);
    expect(v1?.signedContent).toBe(request.body);
    expect(explanation?.keys).toEqual([{ label: 'public key 1', credential: 'publicKey1' }]);
    const shown = parallel.credentials.verification(oneKey);
    expect(verifiesWith(v2!, shown.publicKey1)).toBe(true);
    expect(verifiesWith(v1!, shown.publicKey1)).toBe(true);
    expect(explanation?.headers[0]).not.toHaveProperty('signedContent');
  });

  it('names each signature after the key in its position once keys are rotated', () => {
    const { explanation } = attempt({ credentials: twoKeys });
    const shown = parallel.credentials.verification(twoKeys);
    expect(explanation?.keys.map((k) => k.credential)).toEqual(['publicKey1', 'publicKey2']);
    const second = explanation?.headers.find((h) => h.name === 'X-Parallel-Signature-V2-2');
    expect(second?.computedAs).toMatch(/private key 2/);
    expect(verifiesWith(second!, shown.publicKey2)).toBe(true);
    expect(verifiesWith(second!, shown.publicKey1)).toBe(false);
  });

  it('takes the timestamp from the request, not the clock (a stale attempt signs an hour-old one)', () => {
    const { request, explanation } = attempt({ faults: { signature: 'stale' } });
    const ts = String(now.getTime() - 60 * 60 * 1000);
    expect(request.headers['X-Parallel-Signature-Timestamp']).toBe(ts);
    const v2 = explanation?.headers.find((h) => h.name === 'X-Parallel-Signature-V2-1');
    expect(v2?.signedContent).toBe(`${target}${ts}${request.body}`);
    expect(verifiesWith(v2!, parallel.credentials.verification(oneKey).publicKey1)).toBe(true);
  });

  it('explains legacy-only requests as ed25519-v1', () => {
    const { explanation } = attempt({ edits: { headers: { 'X-Parallel-Signature-V2-1': null } } });
    expect(explanation?.scheme).toBe('ed25519-v1');
    expect(explanation?.snippet).toContain("['x-parallel-signature-1']");
    expect(explanation?.snippet).not.toContain('req.url + ts');
  });

  it('sends no V1 header to explain when v1Signatures is off, and quotes the sink window from the settings', () => {
    const { explanation } = attempt({ settings: { v1Signatures: false, timestampToleranceSeconds: 90 } });
    expect(explanation?.headers.map((h) => h.name)).toEqual(['X-Parallel-Signature-Timestamp', 'X-Parallel-Signature-V2-1']);
    expect(explanation?.summary).toMatch(/90 s/);
  });

  it('describes corrupted signatures as sent', () => {
    const { request, explanation } = attempt({ faults: { signature: 'invalid' } });
    for (const header of explanation?.headers ?? []) expect(header.value).toBe(request.headers[header.name]);
    const v2 = explanation?.headers.find((h) => h.name === 'X-Parallel-Signature-V2-1');
    expect(verifiesWith(v2!, parallel.credentials.verification(oneKey).publicKey1)).toBe(false);
  });

  it('has nothing to explain when the signature headers are missing', () => {
    expect(attempt({ faults: { signature: 'missing' } }).explanation).toBeUndefined();
  });
});
