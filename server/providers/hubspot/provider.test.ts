import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry.ts';
import { hubspot } from './index.ts';

const minute = 60_000;

describe('hubspot provider', () => {
  it('is registered under its id', () => {
    expect(createRegistry().get('hubspot')).toBe(hubspot);
  });

  it('speaks en_US, signs with the client secret and redacts no header', () => {
    expect(hubspot.locale).toBe('en_US');
    expect(hubspot.auth.scheme).toBe('hubspot-signature');
    expect(hubspot.sensitiveHeaders).toEqual([]);
  });

  it('waits 5 s and counts only 2xx as delivered', () => {
    expect(hubspot.policy.timeoutMs).toBe(5000);
    expect([199, 200, 204, 299, 300, 302, 500].map((s) => hubspot.policy.isSuccess(s))).toEqual([false, true, true, true, false, false, false]);
  });

  it('retries 10 times, doubling from 2 minutes and capped at 7.5 h: the last retry 23.5 h after the first attempt', () => {
    const delays = hubspot.policy.retryDelaysMs;
    expect(delays).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 450, 450].map((m) => m * minute));
    expect(delays.reduce((a, b) => a + b, 0)).toBe(23.5 * 60 * minute);
    expect(hubspot.policy.retryNote).toMatch(/not publish|chosen/);
  });

  it.each([400, 401, 403, 404, 405])('does not retry %i', (status) => {
    expect(hubspot.policy.isRetryable({ status })).toBe(false);
  });

  it.each([
    [{ status: 302 }],
    [{ status: 408 }],
    [{ status: 409 }],
    [{ status: 410 }],
    [{ status: 429 }],
    [{ status: 500 }],
    [{ status: 503 }],
    [{ errorCode: 'TIMEOUT' }],
    [{ errorCode: 'CONNECTION_REFUSED' }],
  ])('retries %j', (outcome) => {
    expect(hubspot.policy.isRetryable(outcome)).toBe(true);
  });
});
