import { describe, expect, it } from 'vitest';
import { parseArgs } from 'node:util';
import { accessToken, carriesToken, checkedToken } from './access-token.ts';

describe('accessToken', () => {
  it('makes tokens a CLI flag can carry as its next argument (none starts with "-")', () => {
    for (let i = 0; i < 2000; i++) {
      const { token } = accessToken({ port: 4400 });
      expect(token).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{31}$/);
      expect(parseArgs({ args: ['--token', token], options: { token: { type: 'string' } } }).values.token).toBe(token);
    }
  });

  it('accepts the token as a bearer and the derived cookie, and nothing else', () => {
    const access = accessToken({ token: checkedToken('pinned-token-0123456789'), port: 4400 });
    expect(carriesToken({ authorization: 'Bearer pinned-token-0123456789' }, access)).toBe(true);
    expect(carriesToken({ cookie: `other=1; ${access.cookieName}=${access.cookieValue}` }, access)).toBe(true);
    expect(carriesToken({ cookie: `${access.cookieName}=pinned-token-0123456789` }, access)).toBe(false);
    expect(carriesToken({ authorization: 'Bearer pinned-token-012345678' }, access)).toBe(false);
    expect(() => checkedToken('short')).toThrow(/16 to 256 characters/);
  });
});
