/** @module Keeps credentials out of exports: secret headers by name, and any value carrying a credential. */
import { isJsonObject, type JsonValue } from '../util/json.ts';

export interface Redactor {
  /** The headers with secret values replaced by a placeholder naming the credential. */
  headers(provider: string, headers: Readonly<Record<string, string>>): Record<string, string>;
  /** The text with any credential value replaced (query strings, bodies). */
  text(provider: string, text: string): string;
}

export interface SecretSource {
  /** Header names (lower-case) a provider marks secret. */
  sensitiveHeaders(provider: string): readonly string[];
  /** The provider's credentials as stored (any shape). */
  credentials(provider: string): unknown;
}

/** Credential strings shorter than this are not hunted in text: too likely to match by chance. */
const minSecretLength = 8;

/**
 * @example createRedactor(source).headers('ploomes', { 'X-Ploomes-Validation-Key': 'abc…' }) // { 'X-Ploomes-Validation-Key': '<redacted:ploomes.validationKey>' }
 */
export function createRedactor(source: SecretSource): Redactor {
  const cache = new Map<string, { fingerprint: string; names: Set<string>; secrets: [string, string][] }>();
  const secretsOf = (provider: string) => {
    const credentials = source.credentials(provider) as JsonValue;
    // Rebuilt when the credentials change (a rotation), so the new ones are hidden from then on.
    const fingerprint = JSON.stringify(credentials) ?? '';
    let entry = cache.get(provider);
    if (!entry || entry.fingerprint !== fingerprint) {
      entry = { fingerprint, names: new Set(source.sensitiveHeaders(provider).map((n) => n.toLowerCase())), secrets: leaves(credentials, provider) };
      // Longest first, so a secret that contains another is replaced whole.
      entry.secrets.sort((a, b) => b[1].length - a[1].length);
      cache.set(provider, entry);
    }
    return entry;
  };
  const scrub = (provider: string, text: string) =>
    secretsOf(provider).secrets.reduce((out, [label, secret]) => out.split(secret).join(`<redacted:${label}>`), text);
  return {
    headers(provider, headers) {
      const { names } = secretsOf(provider);
      return Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [name, names.has(name.toLowerCase()) ? scrubWhole(scrub(provider, value), provider, name) : scrub(provider, value)]),
      );
    },
    text: scrub,
  };
}

/** A secret header whose value matched no known credential (an old, rotated one) is hidden whole. */
function scrubWhole(value: string, provider: string, name: string): string {
  return value.includes('<redacted:') ? value : `<redacted:${provider}.${name}>`;
}

function leaves(value: JsonValue | undefined, path: string): [string, string][] {
  if (typeof value === 'string') return value.length >= minSecretLength ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (isJsonObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}
