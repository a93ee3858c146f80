import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.ts';

const redactor = createRedactor({
  sensitiveHeaders: (p) => (p === 'ploomes' ? ['x-ploomes-validation-key'] : []),
  credentials: (p) =>
    p === 'ploomes' ? { validationKey: 'KEY-1234567890', userKey: 'short' } : p === 'idloom' ? { headers: { Authorization: 'Bearer tok-abcdefghij' } } : {},
  providers: () => ['ploomes', 'idloom'],
});

describe('createRedactor', () => {
  it('hides a secret header by name, naming the credential it held', () => {
    expect(redactor.headers('ploomes', { 'X-Ploomes-Validation-Key': 'KEY-1234567890', 'Content-Type': 'application/json' })).toEqual({
      'X-Ploomes-Validation-Key': '<redacted:ploomes.validationKey>',
      'Content-Type': 'application/json',
    });
  });

  it('hides a secret header whose value is an old key no credential matches', () => {
    expect(redactor.headers('ploomes', { 'x-ploomes-validation-key': 'OLD-ROTATED-KEY' })['x-ploomes-validation-key']).toBe('<redacted:ploomes.x-ploomes-validation-key>');
  });

  it('finds a credential inside any header or text, even under a name the provider did not list', () => {
    expect(redactor.headers('idloom', { Authorization: 'Bearer tok-abcdefghij' }).Authorization).toBe('<redacted:idloom.headers.Authorization>');
    expect(redactor.text('ploomes', 'curl -H "K: KEY-1234567890" ?k=KEY-1234567890')).toBe('curl -H "K: <redacted:ploomes.validationKey>" ?k=<redacted:ploomes.validationKey>');
  });

  it('leaves short credential strings alone rather than blanking common words', () => {
    expect(redactor.text('ploomes', 'a short story')).toBe('a short story');
  });

  it('hides credentials made after it was created (a rotation)', () => {
    let key = 'FIRST-KEY-123456';
    const rotating = createRedactor({ sensitiveHeaders: () => [], credentials: () => ({ validationKey: key }), providers: () => ['ploomes'] });
    expect(rotating.text('ploomes', `k=${key}`)).toBe('k=<redacted:ploomes.validationKey>');
    key = 'SECOND-KEY-654321';
    expect(rotating.text('ploomes', 'k=SECOND-KEY-654321')).toBe('k=<redacted:ploomes.validationKey>');
  });

  it('keeps hiding a rotated-away secret, since recordings made before the rotation carry it', () => {
    let key = 'FIRST-KEY-123456';
    const rotating = createRedactor({ sensitiveHeaders: () => [], credentials: () => ({ validationKey: key }), providers: () => ['ploomes'] });
    rotating.text('ploomes', '');
    key = 'SECOND-KEY-654321';
    expect(rotating.text('ploomes', 'FIRST-KEY-123456 SECOND-KEY-654321')).toBe('<redacted:ploomes.validationKey.retired> <redacted:ploomes.validationKey>');
  });

  it('hides a credential in JSON text even where JSON escapes it', () => {
    const quoted = createRedactor({ sensitiveHeaders: () => [], credentials: () => ({ secret: 'a"b\\c-long-enough' }), providers: () => ['custom'] });
    expect(quoted.everywhere(JSON.stringify({ echo: 'a"b\\c-long-enough' }))).toBe('{"echo":"<redacted:custom.secret>"}');
  });

  it('hides every provider\'s credentials from text that belongs to none', () => {
    expect(redactor.everywhere('KEY-1234567890 and Bearer tok-abcdefghij')).toBe('<redacted:ploomes.validationKey> and <redacted:idloom.headers.Authorization>');
  });
});
