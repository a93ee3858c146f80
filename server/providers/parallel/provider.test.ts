import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry.ts';
import { parallel } from './index.ts';

describe('parallel provider', () => {
  it('is registered under its id', () => {
    expect(createRegistry().get('parallel')).toBe(parallel);
  });

  it('signs with Ed25519, speaks Spanish and has no secret header to redact', () => {
    expect(parallel.auth.scheme).toBe('ed25519');
    expect(parallel.locale).toBe('es');
    expect(parallel.sensitiveHeaders).toEqual([]);
  });

  it('waits 15 s, counts any 2xx as delivered and retries after 10, 20, 40, 80 and 160 s', () => {
    expect(parallel.policy.timeoutMs).toBe(15_000);
    expect(parallel.policy.retryDelaysMs).toEqual([10_000, 20_000, 40_000, 80_000, 160_000]);
    expect(parallel.policy.retryNote).toMatch(/WebhooksWorkerQueue/);
    expect([199, 200, 201, 299, 300, 404, 500].map((s) => parallel.policy.isSuccess(s))).toEqual([false, true, true, true, false, false, false]);
    expect(parallel.policy.isRetryable({ status: 400 })).toBe(true);
    expect(parallel.policy.isRetryable({ errorCode: 'TIMEOUT' })).toBe(true);
  });
});
