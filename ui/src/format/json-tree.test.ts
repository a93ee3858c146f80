import { describe, expect, it } from 'vitest';
import { parseJsonTree } from './json-tree.ts';

describe('json tree', () => {
  it('keeps every literal as sent, big integers and escapes included', () => {
    expect(parseJsonTree('{ "id": 12345678901234567890, "s": "caf\\u00e9", "ok": true, "n": null, "e": [], "o": {} }')).toEqual({
      kind: 'object',
      entries: [
        { key: '"id"', value: { kind: 'number', raw: '12345678901234567890' } },
        { key: '"s"', value: { kind: 'string', raw: '"caf\\u00e9"' } },
        { key: '"ok"', value: { kind: 'literal', raw: 'true' } },
        { key: '"n"', value: { kind: 'literal', raw: 'null' } },
        { key: '"e"', value: { kind: 'array', items: [] } },
        { key: '"o"', value: { kind: 'object', entries: [] } },
      ],
    });
  });

  it('reads nested arrays and a bare value', () => {
    expect(parseJsonTree('[[1,-2.5e3],"x"]')).toEqual({
      kind: 'array',
      items: [{ kind: 'array', items: [{ kind: 'number', raw: '1' }, { kind: 'number', raw: '-2.5e3' }] }, { kind: 'string', raw: '"x"' }],
    });
    expect(parseJsonTree(' 42 ')).toEqual({ kind: 'number', raw: '42' });
  });

  it('is undefined for text that is not JSON', () => {
    expect(parseJsonTree('{"a":')).toBeUndefined();
    expect(parseJsonTree('')).toBeUndefined();
  });
});
