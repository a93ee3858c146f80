import { describe, expect, it } from 'vitest';
import { standardSettingsSchema } from './settings.ts';

describe('standard settings', () => {
  it('sends v1 HMAC signatures and Svix’s User-Agent by default', () => {
    expect(standardSettingsSchema.parse({})).toEqual({ signatures: ['v1'], userAgent: 'Svix-Webhooks/1.24.0' });
  });

  it('accepts v1a alone, both schemes, and no User-Agent', () => {
    expect(standardSettingsSchema.parse({ signatures: ['v1a'] }).signatures).toEqual(['v1a']);
    expect(standardSettingsSchema.parse({ signatures: ['v1', 'v1a'], userAgent: '' })).toEqual({ signatures: ['v1', 'v1a'], userAgent: '' });
  });

  it.each([
    [{ signatures: [] }, 'signatures', /at least one/],
    [{ signatures: ['v1', 'v1'] }, 'signatures', /once/],
    [{ signatures: ['v2'] }, 'signatures.0', /./],
    [{ signature: ['v1'] }, '', /signature/],
  ])('rejects %j at "%s"', (input, path, message) => {
    const result = standardSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
