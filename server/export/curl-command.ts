/** @module A delivery's request as a curl command; secrets become shell variables rather than text. */
import type { AttemptRequest } from '../delivery/types.ts';

const placeholder = /<redacted:([^>]+)>/g;

/** The variable a redacted credential becomes: `<redacted:ploomes.validationKey>` → `HOOKBENCH_PLOOMES_VALIDATIONKEY`. */
export function secretVariable(label: string): string {
  return `HOOKBENCH_${label.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}

/** Single-quotes text for sh, leaving each redacted secret as "$VARIABLE" outside the quotes. */
export function shellQuote(text: string): string {
  const parts = text.split(placeholder);
  return parts
    .map((part, i) => (i % 2 === 1 ? `"$${secretVariable(part)}"` : part === '' ? '' : `'${part.replace(/'/g, `'\\''`)}'`))
    .join('') || "''";
}

/** Headers curl writes itself, from the URL and the body. */
const curlOwn = new Set(['host', 'content-length', 'connection']);

/**
 * @example curlCommand({ method: 'POST', url, headers, body }) // "curl -X POST 'http://…' -H '…' --data-binary '…'"
 */
export function curlCommand(request: AttemptRequest): string {
  const lines = [`curl -sS -X ${request.method} ${shellQuote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!curlOwn.has(name.toLowerCase())) lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  }
  if (request.body !== '' || request.method !== 'GET') lines.push(`  --data-binary ${shellQuote(request.body)}`);
  return lines.join(' \\\n');
}

/** The variables a set of commands needs, for the script's header. */
export function secretVariables(texts: readonly string[]): string[] {
  const labels = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(placeholder)) labels.add(m[1] as string);
  return [...labels].sort();
}
