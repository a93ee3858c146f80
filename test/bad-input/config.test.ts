/**
 * Malformed hookbench.config.json files and custom-provider fixtures: every command that reads them exits
 * 2, naming the file and the JSON path of what is wrong (and never echoing a credential).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/test-server.ts';
import { cli } from './bad-input-helpers.ts';

const env = { HOOKBENCH_PORT: '1' };
const event = { description: 'A payment went through', fixture: 'payment.json' };
const provider = (extra: Record<string, unknown> = {}, signing: unknown = { scheme: 'none' }) => ({
  customProviders: [{ id: 'acme', events: { 'payment.succeeded': event }, signing, ...extra }],
});
const hmac = (extra: Record<string, unknown>) => provider({}, { scheme: 'hmac', header: 'X-Sig', ...extra });

/** A folder holding a config and a fixture; returns it. */
function project(config: unknown, fixture: unknown = { id: 'pay_{{string.alphanumeric(8)}}' }): string {
  const dir = tempDir('hookbench-bad-config-');
  writeFileSync(join(dir, 'hookbench.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  writeFileSync(join(dir, 'payment.json'), typeof fixture === 'string' ? fixture : JSON.stringify(fixture));
  return dir;
}

/** [what, config, the JSON path stderr must name]. */
const configs: [string, unknown, string][] = [
  ['truncated JSON', '{"port": ', '$'],
  ['a JSON array', [], '$'],
  ['an unknown key', { prot: 4400 }, '$'],
  ['a port in words', { port: 'eighty' }, 'port'],
  ['a port past 65535', { port: 70_000 }, 'port'],
  ['a fractional port', { port: 80.5 }, 'port'],
  ['an empty host', { host: '' }, 'host'],
  ['an empty db', { db: '' }, 'db'],
  ['a bad target', { target: 'ftp://x' }, 'target'],
  ['timeScale zero', { timeScale: 0 }, 'timeScale'],
  ['timeScale over 1000', { timeScale: 5000 }, 'timeScale'],
  ['an allowed origin with a path', { allowedOrigins: ['http://localhost:5173/app'] }, 'allowedOrigins.0'],
  ['allowedOrigins as a string', { allowedOrigins: 'http://localhost:5173' }, 'allowedOrigins'],
  ['providers as an array', { providers: [] }, 'providers'],
  ['an unknown key under a provider', { providers: { ploomes: { secret: 'x' } } }, 'providers.ploomes'],
  ['settings as a string', { providers: { ploomes: { settings: 'pt-BR' } } }, 'providers.ploomes.settings'],
  ['credentials of the wrong shape', { providers: { ploomes: { credentials: { validationKey: 42 } } } }, 'providers.ploomes.credentials'],
  ['a setting of the wrong type', { providers: { hubspot: { settings: { signatureVersion: 'v9' } } } }, 'signatureVersion'],
  ['customProviders as an object', { customProviders: {} }, 'customProviders'],
  ['a custom provider id in capitals', { customProviders: [{ ...provider().customProviders[0], id: 'ACME' }] }, 'customProviders.0.id'],
  ['a custom provider id clashing with a built-in', { customProviders: [{ ...provider().customProviders[0], id: 'ploomes' }] }, 'customProviders.0.id'],
  ['two custom providers with one id', { customProviders: [provider().customProviders[0], provider().customProviders[0]] }, 'customProviders.1.id'],
  ['no events', provider({ events: {} }), 'customProviders.0.events'],
  ['an event name with a space', provider({ events: { 'payment succeeded': event } }), 'customProviders.0.events'],
  ['an event without a fixture', provider({ events: { 'payment.succeeded': { description: 'x' } } }), 'customProviders.0.events.payment.succeeded.fixture'],
  ['an unknown locale', provider({ locale: 'tlh' }), 'customProviders.0.locale'],
  ['an unknown method', provider({ method: 'FETCH' }), 'customProviders.0.method'],
  ['a header name with a space', provider({ headers: { 'X Bad': '1' } }), 'customProviders.0.headers'],
  ['a zero timeout', provider({ timeoutMs: 0 }), 'customProviders.0.timeoutMs'],
  ['a retry schedule in words', provider({ retry: 'soon' }), 'customProviders.0.retry'],
  ['no signing', { customProviders: [{ id: 'acme', events: { 'payment.succeeded': event } }] }, 'customProviders.0.signing'],
  ['an unknown signing scheme', provider({}, { scheme: 'rot13' }), 'customProviders.0.signing.scheme'],
  ['HMAC without a header', provider({}, { scheme: 'hmac' }), 'customProviders.0.signing.header'],
  ['HMAC with an unknown algorithm', hmac({ algorithm: 'md4' }), 'customProviders.0.signing.algorithm'],
  ['HMAC with an unknown encoding', hmac({ encoding: 'base32' }), 'customProviders.0.signing.encoding'],
  ['HMAC signing content without {body}', hmac({ signedContent: '{timestamp}' }), 'customProviders.0.signing.signedContent'],
  ['HMAC header template without {signature}', hmac({ headerTemplate: 'v1' }), 'customProviders.0.signing.headerTemplate'],
  ['HMAC signing {id} with no header to carry it', hmac({ signedContent: '{id}.{body}' }), 'customProviders.0.signing.idHeader'],
  ['HMAC signing {timestamp} with no header to carry it', hmac({ signedContent: '{timestamp}.{body}' }), 'customProviders.0.signing.timestampHeader'],
  ['HMAC with a timestamp unit of minutes', hmac({ timestampUnit: 'min' }), 'customProviders.0.signing.timestampUnit'],
  ['HMAC with a negative tolerance', hmac({ toleranceSeconds: -1 }), 'customProviders.0.signing.toleranceSeconds'],
  ['HMAC with an unknown option', hmac({ secret: 'hunter2' }), 'customProviders.0.signing'],
  ['a static header without {secret}', provider({}, { scheme: 'static-header', header: 'Authorization', template: 'Bearer' }), 'customProviders.0.signing.template'],
  ['Standard Webhooks with no signatures', provider({}, { scheme: 'standard-webhooks', signatures: [] }), 'customProviders.0.signing.signatures'],
  ['Standard Webhooks with an unknown version', provider({}, { scheme: 'standard-webhooks', signatures: ['v2'] }), 'customProviders.0.signing.signatures.0'],
];

describe('a malformed hookbench.config.json is refused, naming the file and the JSON path', () => {
  it.each(configs)('%s', async (_what, config, path) => {
    const dir = project(config);
    const { code, stderr } = await cli(['events'], { cwd: dir, env });
    expect(stderr).toContain(join(dir, 'hookbench.config.json'));
    expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code, stderr).toBe(2);
  });

  it('never echoes a pinned credential it refuses', async () => {
    const dir = project({ providers: { ploomes: { credentials: { validationKey: 'hunter2-secret', userKey: 7 } } } });
    const { code, stderr } = await cli(['events'], { cwd: dir, env });
    expect(stderr).toContain('providers.ploomes.credentials');
    expect(stderr).not.toContain('hunter2-secret');
    expect(code).toBe(2);
  });

  it('names --config when the file it names is missing or broken', async () => {
    const dir = tempDir('hookbench-bad-config-');
    expect(await cli(['events', '--config', 'nope.json'], { cwd: dir, env })).toMatchObject({ code: 2, stderr: expect.stringMatching(/nope\.json.*\(at --config\)|--config/) });
    writeFileSync(join(dir, 'other.json'), '{"port": "x"}');
    expect(await cli(['events', '--config', 'other.json'], { cwd: dir, env })).toMatchObject({ code: 2, stderr: expect.stringMatching(/other\.json at port/) });
  });
});

/** [what, fixture text, where stderr must point inside it (besides the fixture's file and config path)]. */
const fixtures: [string, string, RegExp][] = [
  ['truncated JSON', '{"id": ', /not valid JSON/],
  ['an empty file', '', /not valid JSON/],
  ['an unknown faker method', JSON.stringify({ name: '{{person.nonsense}}' }), /person\.nonsense/],
  ['an unclosed placeholder', JSON.stringify({ name: '{{person.fullName' }), /person\.fullName|\{\{/],
  ['a placeholder with bad arguments', JSON.stringify({ amount: '{{number.int({"min":}}' }), /number\.int/],
  ['a placeholder calling a prototype member', JSON.stringify({ x: '{{constructor.constructor}}' }), /constructor/],
  ['a placeholder reaching __proto__', JSON.stringify({ x: '{{__proto__.polluted}}' }), /__proto__/],
  ['a __proto__ key', '{"__proto__": {"polluted": 1}}', /__proto__/],
  ['nesting 100 000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /deeper/],
];

describe('a custom provider fixture that cannot be used is refused at start, naming its file and the config path', () => {
  it.each(fixtures)('%s', async (_what, fixture, detail) => {
    const dir = project(provider(), fixture);
    const { code, stderr } = await cli(['events'], { cwd: dir, env });
    expect(stderr).toContain(join(dir, 'payment.json'));
    expect(stderr).toMatch(/ at \$|customProviders\.0\.events\.payment\.succeeded\.fixture/);
    expect(stderr).toMatch(detail);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code, stderr).toBe(2);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each([
    ['a missing fixture file', 'missing.json'],
    ['a folder instead of a file', 'folder'],
  ])('%s', async (_what, fixture) => {
    const dir = project({ customProviders: [{ ...provider().customProviders[0], events: { 'payment.succeeded': { ...event, fixture } } }] });
    mkdirSync(join(dir, 'folder'));
    const { code, stderr } = await cli(['events'], { cwd: dir, env });
    expect(stderr).toContain(fixture);
    expect(stderr).toContain('customProviders.0.events.payment.succeeded.fixture');
    expect(code, stderr).toBe(2);
  });
});
