import { describe, expect, it } from 'vitest';
import { hubspotSettingsSchema } from './settings.ts';

describe('hubspot settings', () => {
  it('defaults to single-event deliveries signed v3 with the v1 pair, and creation flagged CREATED', () => {
    expect(hubspotSettingsSchema.parse({})).toMatchObject({ batchSize: 1, signatureVersion: 'v3', includeV1: true, creationChangeFlag: 'CREATED' });
  });

  it('accepts a per-delivery override of the signature version and batch size', () => {
    expect(hubspotSettingsSchema.parse({ signatureVersion: 'v2', batchSize: 100 })).toMatchObject({ signatureVersion: 'v2', batchSize: 100 });
  });

  it.each([
    [{ batchSize: 0 }, 'batchSize'],
    [{ batchSize: 101 }, 'batchSize'],
    [{ batchSize: 1.5 }, 'batchSize'],
    [{ signatureVersion: 'v4' }, 'signatureVersion'],
    [{ portalId: -1 }, 'portalId'],
    [{ userIds: [] }, 'userIds'],
    [{ creationChangeFlag: 'created' }, 'creationChangeFlag'],
    [{ portalID: 1 }, ''],
  ])('rejects %j at %s', (input, path) => {
    const result = hubspotSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
