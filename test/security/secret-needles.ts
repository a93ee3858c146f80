/**
 * @module Every form a credential could take on its way out: as stored, JSON-escaped, URL-encoded,
 * base64'd (Basic auth), and for keys that are base64 themselves (`whsec_…`, PKCS#8, SPKI) the bare
 * base64, its URL-safe form and the hex of the key bytes a signer would use.
 */

export interface Needle {
  /** provider.path (form), e.g. "ploomes.validationKey (url-encoded)". */
  label: string;
  value: string;
}

export interface Haystack {
  /** Where the text was seen, e.g. "GET /api/deliveries/dlv_1 → 200" or "CLI replay stderr". */
  where: string;
  text: string;
}

export interface Hit {
  where: string;
  label: string;
  context: string;
}

/** Too short to be told from chance. */
const minLength = 8;

/** The string leaves of a credentials object, each with its path. */
export function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return value.length >= minLength ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

/** The forms of one secret worth hunting. */
export function needlesOf(label: string, secret: string): Needle[] {
  const forms: [string, string][] = [
    ['as stored', secret],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    ['url-encoded', encodeURIComponent(secret)],
    ['base64', Buffer.from(secret).toString('base64')],
  ];
  // A bearer-style value ("Bearer abc…", "apiKey id:secret") also travels without its scheme word.
  const bare = /^[A-Za-z]+ (\S{8,})$/.exec(secret)?.[1];
  if (bare) forms.push(['without its scheme', bare]);
  for (const part of secret.split(':')) if (part !== secret && part.length >= 16) forms.push(['one half of id:secret', part]);
  const base64 = /^(?:wh(?:sec|sk|pk)_)?([A-Za-z0-9+/]{16,}={0,2})$/.exec(secret)?.[1];
  if (base64 && base64.length % 4 === 0) {
    const bytes = Buffer.from(base64, 'base64');
    forms.push(['bare base64', base64], ['base64url of its bytes', bytes.toString('base64url')], ['hex of its bytes', bytes.toString('hex')]);
    // PKCS#8 and SPKI Ed25519 keys end in the 32 bytes that matter: the seed or the raw public key.
    if (bytes.length === 48 || bytes.length === 44) {
      const raw = bytes.subarray(bytes.length - 32);
      forms.push(['hex of its raw key', raw.toString('hex')], ['base64 of its raw key', raw.toString('base64').replace(/=+$/, '')], ['base64url of its raw key', raw.toString('base64url')]);
    }
  }
  const seen = new Set<string>();
  return forms.filter(([, value]) => value.length >= minLength && !seen.has(value) && seen.add(value)).map(([form, value]) => ({ label: `${label} (${form})`, value }));
}

/** Every place a needle shows up, with a little of the text around it. */
export function hunt(haystacks: readonly Haystack[], needles: readonly Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const { where, text } of haystacks) {
    for (const { label, value } of needles) {
      const at = text.indexOf(value);
      if (at === -1) continue;
      hits.push({ where, label, context: text.slice(Math.max(0, at - 80), at + value.length + 40) });
    }
  }
  return hits;
}
