/**
 * @module JSON text as a tree for a folding viewer, every string and number kept as its source text
 * (no round trip through JSON.parse values: big integers and escapes show exactly as sent).
 */

export type JsonNode =
  | { kind: 'object'; entries: { key: string; value: JsonNode }[] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string' | 'number' | 'literal'; raw: string };

/** Bodies past this are not folded: a DOM node per value would stall the page. */
export const maxTreeChars = 400_000;

/**
 * The tree of valid JSON, or undefined when the text is not JSON (or too long to fold).
 * @example parseJsonTree('{"a":[1,true]}') // { kind: 'object', entries: [{ key: '"a"', value: { kind: 'array', items: [...] } }] }
 */
export function parseJsonTree(text: string): JsonNode | undefined {
  if (text.length > maxTreeChars) return undefined;
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const at = { i: 0 };
  return readValue(text, at);
}

function readValue(text: string, at: { i: number }): JsonNode {
  skip(text, at);
  const ch = text[at.i];
  if (ch === '{') return readObject(text, at);
  if (ch === '[') return readArray(text, at);
  const start = at.i;
  if (ch === '"') {
    at.i = stringEnd(text, at.i) + 1;
    return { kind: 'string', raw: text.slice(start, at.i) };
  }
  while (at.i < text.length && !',]} \n\r\t'.includes(text[at.i] as string)) at.i++;
  const raw = text.slice(start, at.i);
  return { kind: raw === 'true' || raw === 'false' || raw === 'null' ? 'literal' : 'number', raw };
}

function readObject(text: string, at: { i: number }): JsonNode {
  const entries: { key: string; value: JsonNode }[] = [];
  at.i++;
  for (skip(text, at); text[at.i] !== '}'; skip(text, at)) {
    const keyStart = at.i;
    at.i = stringEnd(text, at.i) + 1;
    const key = text.slice(keyStart, at.i);
    skip(text, at);
    at.i++; // ':'
    entries.push({ key, value: readValue(text, at) });
    skip(text, at);
    if (text[at.i] === ',') at.i++;
  }
  at.i++;
  return { kind: 'object', entries };
}

function readArray(text: string, at: { i: number }): JsonNode {
  const items: JsonNode[] = [];
  at.i++;
  for (skip(text, at); text[at.i] !== ']'; skip(text, at)) {
    items.push(readValue(text, at));
    skip(text, at);
    if (text[at.i] === ',') at.i++;
  }
  at.i++;
  return { kind: 'array', items };
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function skip(text: string, at: { i: number }): void {
  while (' \n\r\t'.includes(text[at.i] ?? 'x')) at.i++;
}
