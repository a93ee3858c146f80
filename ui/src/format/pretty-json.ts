/** @module Re-indents JSON text for reading without re-serialising it, so every value shows exactly as it was sent. */

/** Bodies past this are shown as sent: re-indenting megabytes would stall the page for little gain. */
export const maxPrettyChars = 2_000_000;

/**
 * Indents valid JSON like `JSON.stringify(value, null, 2)` would, but copies every string and number
 * literal verbatim: a parse-and-stringify round trip would round integers past 2^53 and rewrite
 * escapes, and a webhook inspector must not show bytes the receiver never got.
 * Returns undefined when `text` is not JSON (or too long to bother).
 * @example prettyJson('{"a":[1,{}],"b":12345678901234567890}') // '{\n  "a": [\n    1,\n    {}\n  ],\n  "b": 12345678901234567890\n}'
 */
export function prettyJson(text: string, indent = '  '): string | undefined {
  if (text.length > maxPrettyChars || !isJson(text)) return undefined;
  const out: string[] = [];
  let depth = 0;
  const newline = () => out.push('\n', indent.repeat(depth));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = stringEnd(text, i);
      out.push(text.slice(i, end + 1));
      i = end;
    } else if (ch === '{' || ch === '[') {
      const next = skipSpace(text, i + 1);
      if (text[next] === (ch === '{' ? '}' : ']')) {
        out.push(ch, text[next] as string);
        i = next;
      } else {
        out.push(ch);
        depth += 1;
        newline();
      }
    } else if (ch === '}' || ch === ']') {
      depth -= 1;
      newline();
      out.push(ch);
    } else if (ch === ',') {
      out.push(',');
      newline();
    } else if (ch === ':') {
      out.push(': ');
    } else if (!isSpace(ch)) {
      out.push(ch);
    }
  }
  return out.join('');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';

function skipSpace(text: string, from: number): number {
  let i = from;
  while (isSpace(text[i])) i += 1;
  return i;
}
