import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry.ts';
import { ploomes } from './index.ts';

describe('ploomes provider', () => {
  it('is registered under its id', () => {
    expect(createRegistry().get('ploomes')).toBe(ploomes);
  });

  it('redacts the validation key header and speaks pt_BR', () => {
    expect(ploomes.sensitiveHeaders).toEqual(['x-ploomes-validation-key']);
    expect(ploomes.locale).toBe('pt_BR');
    expect(ploomes.auth.scheme).toBe('validation-key');
  });

  it('waits 30 s, never retries by default, and counts any 2xx as delivered', () => {
    expect(ploomes.policy.timeoutMs).toBe(30_000);
    expect(ploomes.policy.retryDelaysMs).toEqual([]);
    expect(ploomes.policy.retryNote).toMatch(/retry fault/);
    expect([199, 200, 204, 299, 300, 500].map((s) => ploomes.policy.isSuccess(s))).toEqual([false, true, true, true, false, false]);
    expect(ploomes.policy.isRetryable({ status: 500 })).toBe(true);
  });
});
