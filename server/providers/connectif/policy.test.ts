import { describe, expect, it } from 'vitest';
import { connectif } from './index.ts';

describe('connectif delivery policy', () => {
  it('waits 30 s, never retries by default, and counts any 2xx as delivered', () => {
    expect(connectif.policy.timeoutMs).toBe(30_000);
    expect(connectif.policy.retryDelaysMs).toEqual([]);
    expect(connectif.policy.retryNote).toMatch(/retry fault/);
    expect([199, 200, 204, 299, 300, 500].map((s) => connectif.policy.isSuccess(s))).toEqual([false, true, true, true, false, false]);
    expect(connectif.policy.isRetryable({ status: 500 })).toBe(true);
  });
});
