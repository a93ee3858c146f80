import { describe, expect, it } from 'vitest';
import { prettyJson } from './pretty-json.ts';

describe('prettyJson', () => {
  it.each([
    ['an object', { Action: 'Update', New: { Id: 1, Name: 'ACME', Tags: [] }, Old: null }],
    ['an array of mixed values', [1, 'two', true, null, { a: {} }, [[]]]],
    ['a bare string', 'hello'],
    ['a number', 42.5],
  ])('indents %s exactly like JSON.stringify(value, null, 2)', (_name, value) => {
    expect(prettyJson(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('keeps integers past 2^53 exactly as sent', () => {
    expect(prettyJson('{"id":12345678901234567890}')).toBe('{\n  "id": 12345678901234567890\n}');
  });

  it('keeps escapes, and punctuation and spaces inside strings, as sent', () => {
    expect(prettyJson('{"a":"x\\u00e9, {y}: \\"z\\"  "}')).toBe('{\n  "a": "x\\u00e9, {y}: \\"z\\"  "\n}');
  });

  it('ignores the whitespace the sender put between tokens', () => {
    expect(prettyJson('{ "a" :\n [ 1 ,2 ] }')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
  });

  it.each([['not json'], ['{"a":'], ['']])('returns undefined for %j, which is not JSON', (text) => {
    expect(prettyJson(text)).toBeUndefined();
  });
});
