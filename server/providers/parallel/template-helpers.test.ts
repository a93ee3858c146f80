import { describe, expect, it } from 'vitest';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { parallelSettingsSchema } from './settings.ts';
import { parallelHelpers } from './template-helpers.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const helpersFor = (settings: Record<string, unknown> = {}, seed = 1) =>
  parallelHelpers({ faker: seededFaker({ locale: 'es', seed, now }), now, settings: parallelSettingsSchema.parse(settings) });
const call = (name: string, ...args: Parameters<ReturnType<typeof helpersFor>[string]>) => {
  const helper = helpersFor()[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return helper(...args);
};

describe('parallel template helpers', () => {
  it('writes a global id of a given number as the research file does', () => {
    expect(call('parallel.id', 'PetitionAccess', 812)).toBe('4LQbMmpAnq7Rn9eFE7iWNTRvH');
  });

  it('draws a user of the org', () => {
    expect(helpersFor({ userIds: [17] })['parallel.userId']?.()).toBe('4EpJtbARxz');
  });

  it('draws distinct users while the org has enough, and repeats them when it has not', () => {
    const three = helpersFor({ userIds: [17, 23, 31] })['parallel.userIds']?.(3) as string[];
    expect(new Set(three).size).toBe(3);
    expect(helpersFor({ userIds: [17] })['parallel.userIds']?.(2)).toEqual(['4EpJtbARxz', '4EpJtbARxz']);
  });

  it('picks file fields for files and the background check for monitoring', () => {
    for (let seed = 0; seed < 10; seed++) {
      const helpers = helpersFor({}, seed);
      expect(helpers['parallel.field']?.('file')).toMatchObject({ alias: expect.stringMatching(/^p_(id_document|passport_document|risk_assessment|poa)$/) });
      expect(helpers['parallel.field']?.('monitoring')).toMatchObject({ alias: 'p_background_check' });
    }
  });

  it('gives tags with names in the data language, ids and names in step', () => {
    const tags = helpersFor({ locale: 'en' })['parallel.tags']?.({ min: 6, max: 6 });
    expect(tags).toMatchObject({ names: ['KYC', 'Client onboarding', 'High risk', 'Urgent', 'Renewal', 'AML'] });
  });

  it('writes expiry dates as YYYY-MM-DD, one month to three years ahead', () => {
    for (let seed = 0; seed < 20; seed++) {
      const date = String(helpersFor({}, seed)['parallel.expiryDate']?.());
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(date)).toBeGreaterThan(now.getTime() + 29 * 86_400_000);
      expect(Date.parse(date)).toBeLessThan(now.getTime() + 3 * 366 * 86_400_000);
    }
  });

  it.each([
    ['parallel.id', ['lower case']],
    ['parallel.field', ['photos']],
    ['parallel.tags', [{ min: 0 }]],
    ['parallel.text', [{ es: ['hola'] }]],
  ])('refuses bad arguments to %s with a message naming the helper', (name, args) => {
    expect(() => call(name, ...(args as never[]))).toThrow(new RegExp(`^${name.replace('.', '\\.')}: .* is not a valid argument`));
  });
});
