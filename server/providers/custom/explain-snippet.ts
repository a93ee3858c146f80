/**
 * @module Receiver snippets for user-defined signing schemes: TypeScript over node:crypto, written for the
 * scheme's own header names, header template and signed-content template.
 */
import type { SigningConfig } from './custom-provider-schema.ts';
import { quote } from '../explain-snippets.ts';

type Templated = Extract<SigningConfig, { scheme: 'hmac' | 'ed25519' }>;


const requestType = '{ method: string; url: string; headers: Record<string, string | undefined>; rawBody: string }';

/** Text safe inside a template literal. */
const literal = (text: string) => text.replace(/[\\`$]/g, (c) => `\\${c}`);

/** `template` as a template literal, each `{name}` replaced by the expression `values[name]`. */
function templateLiteral(template: string, values: Record<string, string>): string {
  const parts = template.split(/\{(\w+)\}/);
  return `\`${parts.map((part, i) => (i % 2 === 1 && values[part] !== undefined ? `\${${values[part]}}` : literal(i % 2 === 1 ? `{${part}}` : part))).join('')}\``;
}

// The same captures as fill-template.ts's readTemplate, so the snippet reads the header as the sink does.
const captures: Record<string, string> = { signature: '(?<signature>[A-Za-z0-9+/=_-]+)', timestamp: '(?<timestamp>\\d+)', id: '(?<id>[^,;\\s]+)' };

function headerPattern(template: string): string {
  const source = template
    .split(/(\{signature\}|\{timestamp\}|\{id\})/)
    .map((part) => captures[/^\{(\w+)\}$/.exec(part)?.[1] ?? ''] ?? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return `/^${source.replace(/\//g, '\\/')}$/`;
}

/**
 * @example templatedSnippet({ scheme: 'hmac', header: 'X-Hub-Signature-256', headerTemplate: 'sha256={signature}', … }, 'isFromAcme')
 */
export function templatedSnippet(config: Templated, functionName: string): string {
  const uses = (name: string) => config.signedContent.includes(`{${name}}`);
  // Where the sink reads them: the signature header's own template first, then their own header.
  const fromHeader = (name: 'timestamp' | 'id', header: string | undefined) =>
    [...(config.headerTemplate.includes(`{${name}}`) ? [`match?.groups?.${name}`] : []), ...(header ? [`req.headers[${quote(header.toLowerCase())}]`] : [])].join(' ?? ') || 'undefined';
  const lines = [
    `  const match = ${headerPattern(config.headerTemplate)}.exec((req.headers[${quote(config.header.toLowerCase())}] ?? '').trim());`,
    '  const signature = match?.groups?.signature;',
    ...(uses('timestamp') ? [`  const timestamp = ${fromHeader('timestamp', config.timestampHeader)};`] : []),
    ...(uses('id') ? [`  const id = ${fromHeader('id', config.idHeader)};`] : []),
    '  if (!signature) return false;',
    ...(uses('id') ? ['  if (id === undefined) return false;'] : []),
    ...(uses('timestamp')
      ? [
          "  if (timestamp === undefined || !/^\\d+$/.test(timestamp)) return false;",
          `  if (Math.abs(Date.now() - Number(timestamp)${config.timestampUnit === 's' ? ' * 1000' : ''}) > ${config.toleranceSeconds * 1000}) return false; // replays, clocks off`,
        ]
      : []),
    `  const content = ${templateLiteral(config.signedContent, { body: 'req.rawBody', timestamp: 'timestamp', id: 'id', url: 'req.url', method: 'req.method' })};`,
    ...(config.scheme === 'hmac'
      ? [
          `  const expected = Buffer.from(createHmac(${quote(config.algorithm)}, keys.secret).update(content).digest(${quote(config.encoding)}));`,
          '  const got = Buffer.from(signature);',
          '  return expected.length === got.length && timingSafeEqual(expected, got);',
        ]
      : [
          "  const key = createPublicKey({ key: Buffer.from(keys.publicKey, 'base64'), format: 'der', type: 'spki' });",
          `  return verify(null, Buffer.from(content), key, Buffer.from(signature, ${quote(config.encoding)}));`,
        ]),
  ];
  const [imports, keyType, keyNote] =
    config.scheme === 'hmac' ? ['createHmac, timingSafeEqual', 'secret', 'the secret'] : ['createPublicKey, verify', 'publicKey', 'the public key (base64 SPKI)'];
  return `import { ${imports} } from 'node:crypto';

/** keys.${keyType}: ${keyNote}, as \`hookbench credentials\` prints it. rawBody: the bytes received; header names lower-case. */
export function ${functionName}(req: ${requestType}, keys: { ${keyType}: string }): boolean {
${lines.join('\n')}
}
`;
}

/**
 * @example staticHeaderSnippet({ scheme: 'static-header', header: 'Authorization', template: 'Bearer {secret}' }, 'isFromAcme')
 */
export function staticHeaderSnippet(config: Extract<SigningConfig, { scheme: 'static-header' }>, functionName: string): string {
  return `import { timingSafeEqual } from 'node:crypto';

/** keys.secret: as \`hookbench credentials\` prints it. Header names lower-case, as Node gives them. */
export function ${functionName}(req: { headers: Record<string, string | undefined> }, keys: { secret: string }): boolean {
  const got = Buffer.from(req.headers[${quote(config.header.toLowerCase())}] ?? '', 'utf8');
  const expected = Buffer.from(${templateLiteral(config.template, { secret: 'keys.secret' })}, 'utf8');
  return got.length === expected.length && timingSafeEqual(got, expected);
}
`;
}
