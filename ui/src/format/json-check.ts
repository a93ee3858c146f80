/** @module Checks text typed as JSON and says where it breaks, in lines and columns a person can find. */
import type { JsonValue } from '../../../server/util/json.ts';

export type JsonCheck = { ok: true; value: JsonValue } | { ok: false; message: string; line?: number; column?: number };

/**
 * @example checkJson('{"a": }') // { ok: false, message: "Unexpected token '}'…", line: 1, column: 7 }
 * @example checkJson('[1]', { object: true }) // { ok: false, message: 'must be a JSON object, like {"New.Name": "ACME"}' }
 */
export function checkJson(text: string, { object = false }: { object?: boolean } = {}): JsonCheck {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    const at = errorOffset(text);
    return { ok: false, message, ...(at === undefined ? {} : lineAndColumn(text, at)) };
  }
  if (object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    return { ok: false, message: 'must be a JSON object of paths and values, like {"New.Name": "ACME"}' };
  }
  return { ok: true, value };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where invalid JSON first goes wrong: engines do not all say (V8 names the token, not always the
 * offset), so a small validator walks the text.
 */
function errorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? 'x')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (ch: string) => (text[i] === ch ? i++ : fail());
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text[i] === close) return void i++;
        expect(',');
      }
    }
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}
