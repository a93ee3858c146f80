/** @module Keeps credentials out of exports and API output: secret headers by name, and any value carrying a credential. */
import { isJsonObject, type JsonValue } from '../util/json.ts';

export interface Redactor {
  /** The headers with secret values replaced by a placeholder naming the credential. */
  headers(provider: string, headers: Readonly<Record<string, string>>): Record<string, string>;
  /** The text with any credential value replaced (query strings, bodies). */
  text(provider: string, text: string): string;
  /** The text with every provider's credentials replaced: for output that belongs to no one provider. */
  everywhere(text: string): string;
}

export interface SecretSource {
  /** Header names (lower-case) a provider marks secret. */
  sensitiveHeaders(provider: string): readonly string[];
  /** The provider's credentials as stored (any shape). */
  credentials(provider: string): unknown;
  /** Every provider id, for `everywhere`. */
  providers(): readonly string[];
}

type Secret = [label: string, value: string];

interface Entry {
  /** The credentials object this entry was built from: the vault hands out the same one until a rotation. */
  source: unknown;
  fingerprint: string;
  names: Set<string>;
  current: Secret[];
  /** Rotated-away secrets: deliveries recorded before a rotation still carry them. */
  retired: Secret[];
  /** Current and retired, longest first, so a secret that contains another is replaced whole. */
  hunted: Secret[];
}

/** Credential strings shorter than this are not hunted in text: too likely to match by chance. */
const minSecretLength = 8;
/** How many rotated-away secrets a provider keeps hunting (in this process; the store keeps only the current ones). */
const maxRetired = 64;

/**
 * @example createRedactor(source).headers('ploomes', { 'X-Ploomes-Validation-Key': 'abc…' }) // { 'X-Ploomes-Validation-Key': '<redacted:ploomes.validationKey>' }
 */
export function createRedactor(source: SecretSource): Redactor {
  const cache = new Map<string, Entry>();
  const secretsOf = (provider: string): Entry => {
    const credentials = source.credentials(provider) as JsonValue;
    const previous = cache.get(provider);
    // Asked for every header and body of an export: the same object needs no fingerprint.
    if (previous && previous.source === credentials) return previous;
    // Rebuilt when the credentials change (a rotation), so the new ones are hidden from then on.
    const fingerprint = JSON.stringify(credentials) ?? '';
    if (previous && previous.fingerprint === fingerprint) {
      previous.source = credentials;
      return previous;
    }
    const current = leaves(credentials, provider);
    const inForce = new Set(current.map(([, value]) => value));
    const retiring = (previous?.current ?? []).map(([label, value]): Secret => [`${label}.retired`, value]);
    const retired = unique([...(previous?.retired ?? []), ...retiring].filter(([, value]) => !inForce.has(value))).slice(-maxRetired);
    const entry: Entry = {
      source: credentials,
      fingerprint,
      names: new Set(source.sensitiveHeaders(provider).map((n) => n.toLowerCase())),
      current,
      retired,
      hunted: [...current, ...retired].sort((a, b) => b[1].length - a[1].length),
    };
    cache.set(provider, entry);
    return entry;
  };
  const scrub = (provider: string, text: string) => {
    let out = text;
    // includes() first: most texts carry no secret, and split/join would copy them whatever.
    for (const [label, secret] of secretsOf(provider).hunted) if (out.includes(secret)) out = out.split(secret).join(`<redacted:${label}>`);
    return out;
  };
  return {
    headers(provider, headers) {
      const { names } = secretsOf(provider);
      return Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [name, names.has(name.toLowerCase()) ? scrubWhole(scrub(provider, value), provider, name) : scrub(provider, value)]),
      );
    },
    text: scrub,
    everywhere: (text) => source.providers().reduce((out, provider) => scrub(provider, out), text),
  };
}

/** A secret header whose value matched no known credential (an old, rotated one) is hidden whole. */
function scrubWhole(value: string, provider: string, name: string): string {
  return value.includes('<redacted:') ? value : `<redacted:${provider}.${name}>`;
}

/** Each credential string, and its JSON-escaped form when that differs (it is hunted in JSON text too). */
function leaves(value: JsonValue | undefined, path: string): Secret[] {
  if (typeof value === 'string') {
    if (value.length < minSecretLength) return [];
    const escaped = JSON.stringify(value).slice(1, -1);
    return escaped === value ? [[path, value]] : [[path, value], [path, escaped]];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (isJsonObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

function unique(secrets: Secret[]): Secret[] {
  const seen = new Set<string>();
  return secrets.filter(([, value]) => !seen.has(value) && seen.add(value));
}
