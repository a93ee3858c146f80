import { describe, expect, it } from 'vitest';
import { breakBody, corruptAuthHeaders } from './break-request.ts';

describe('breakBody', () => {
  const body = JSON.stringify({ Action: 'Update', New: { Id: 1 } });
  it('makes malformed JSON that still carries the payload', () => {
    const broken = breakBody(body, 'malformed');
    expect(() => JSON.parse(broken)).toThrow();
    expect(broken.replace(',}', '}')).toBe(body);
  });
  it('truncates to half and empties', () => {
    expect(breakBody(body, 'truncated')).toBe(body.slice(0, Math.floor(body.length / 2)));
    expect(breakBody(body, 'empty')).toBe('');
  });
});

describe('corruptAuthHeaders', () => {
  it('changes exactly one character of each signature and keeps timestamps', () => {
    const headers = { 'X-Sig': 'v1,QUWA3K4Jri7vB93sq==', 'X-Ts': '1746467154000', 'X-Key': 'abc' };
    const corrupted = corruptAuthHeaders(headers);
    expect(corrupted['X-Ts']).toBe(headers['X-Ts']);
    for (const name of ['X-Sig', 'X-Key'] as const) {
      const before = headers[name];
      const after = corrupted[name] as string;
      expect(after).not.toBe(before);
      expect(after.length).toBe(before.length);
      expect([...after].filter((c, i) => c !== before[i])).toHaveLength(1);
    }
  });
  it('changes the decoded bytes of a base64 signature whose last character is mostly padding bits', () => {
    // 64 bytes ending in 0x00 encode to "…A==": flipping that A to B would decode to the same bytes.
    const signature = Buffer.concat([Buffer.alloc(63, 7), Buffer.from([0])]).toString('base64');
    expect(signature.endsWith('A==')).toBe(true);
    const corrupted = corruptAuthHeaders({ s: signature }).s as string;
    expect(Buffer.from(corrupted, 'base64').equals(Buffer.from(signature, 'base64'))).toBe(false);
  });

  it('corrupts every signature of a space-separated list', () => {
    const corrupted = corruptAuthHeaders({ s: 'v1,aaaa v1,bbbb' }).s as string;
    expect(corrupted.split(' ').every((token, i) => token !== ['v1,aaaa', 'v1,bbbb'][i])).toBe(true);
  });
});
