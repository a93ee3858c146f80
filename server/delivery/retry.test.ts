import { describe, expect, it } from 'vitest';
import type { DeliveryPolicy } from '../providers/types.ts';
import { nextRetry, retrySchedule } from './retry.ts';

const policy: DeliveryPolicy = {
  timeoutMs: 1000,
  retryDelaysMs: [10_000, 20_000, 40_000],
  retryNote: 'test',
  isSuccess: (s) => s < 300,
  isRetryable: () => true,
};

describe('retrySchedule', () => {
  it("uses the provider's schedule by default and for retry=provider", () => {
    expect(retrySchedule(policy, undefined)).toEqual([10_000, 20_000, 40_000]);
    expect(retrySchedule(policy, 'provider')).toEqual([10_000, 20_000, 40_000]);
  });
  it('has no retries for retry=none and the given list otherwise', () => {
    expect(retrySchedule(policy, 'none')).toEqual([]);
    expect(retrySchedule(policy, [5, 6])).toEqual([5, 6]);
  });
});

describe('nextRetry', () => {
  const now = new Date('2026-01-01T00:00:00.000Z');
  it('scales the real delay by timeScale and keeps both', () => {
    expect(nextRetry({ schedule: [10_000, 20_000], n: 2, timeScale: 0.001, now })).toEqual({
      delayMs: 20_000,
      scaledMs: 20,
      at: new Date('2026-01-01T00:00:00.020Z'),
    });
  });
  it('ends when the schedule is spent', () => {
    expect(nextRetry({ schedule: [10_000], n: 2, timeScale: 1, now })).toBeUndefined();
  });
});
