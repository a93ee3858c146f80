import { describe, expect, it } from 'vitest';
import { checkJson } from './json-check.ts';

describe('json check', () => {
  it('gives the value of valid JSON', () => {
    expect(checkJson('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{"a": 1,}', 1, 9],
    ['[1, 2', 1, 6],
    ['{"a" 1}', 1, 6],
    ['{"a": tru}', 1, 7],
    ['{} x', 1, 4],
  ])('says on which line and column %j breaks', (text, line, column) => {
    const check = checkJson(text);
    expect(check).toMatchObject({ ok: false, line, column });
    expect(check.ok ? '' : check.message).not.toMatch(/position|is not valid JSON/);
  });

  it('refuses anything but an object where paths are expected', () => {
    expect(checkJson('[1]', { object: true })).toMatchObject({ ok: false, message: expect.stringContaining('object') });
  });
});
