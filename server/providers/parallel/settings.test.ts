import { describe, expect, it } from 'vitest';
import { parallelSettingsSchema } from './settings.ts';

describe('parallel settings', () => {
  it('gives working defaults from an empty object: legacy V1 headers on, as production sends them', () => {
    expect(parallelSettingsSchema.parse({})).toEqual({
      orgId: 1287,
      userIds: [17, 23, 31, 58],
      integrationIds: [4, 9],
      locale: 'es',
      v1Signatures: true,
      timestampToleranceSeconds: 300,
    });
  });

  it('lets a user turn off V1 headers and the replay window', () => {
    expect(parallelSettingsSchema.parse({ v1Signatures: false, timestampToleranceSeconds: null })).toMatchObject({ v1Signatures: false, timestampToleranceSeconds: null });
  });

  it.each([
    [{ userIds: [] }, 'userIds'],
    [{ integrationIds: [0] }, 'integrationIds.0'],
    [{ orgId: 1.5 }, 'orgId'],
    [{ locale: 'pt_BR' }, 'locale'],
    [{ timestampToleranceSeconds: 0 }, 'timestampToleranceSeconds'],
    [{ v1Signature: false }, ''],
  ])('rejects %j at %s', (input, path) => {
    const result = parallelSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
