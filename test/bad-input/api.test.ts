/**
 * Malformed input on every control API route (bodies and query strings), the sink's query and the mock
 * APIs: each gets a 4xx with a JSON error naming the offending path, never a 500; what was recorded
 * before the barrage is still there, unchanged.
 */
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../server/delivery/types.ts';
import { createApp } from '../../server/http/create-app.ts';
import { loopbackHosts } from '../../server/http/host-guard.ts';
import { createWorkbench, type Workbench } from '../../server/workbench.ts';
import { expectBadInput, type PathExpectation } from './bad-input-helpers.ts';

const port = 4400;
let bench: Workbench;
let app: Hono;
let recorded: Delivery;
let recordedJson: string;
let sinkBefore: string;
let credentialsBefore: string;

type Init = { method?: string; body?: unknown; headers?: Record<string, string> };
const call = (path: string, init: Init = {}) =>
  app.request(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });

beforeAll(async () => {
  // Nothing listens on port 9: the recorded delivery settles at once, failed, and stays as it is.
  bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:9/sink/default' });
  app = createApp({ bench, guard: { allowedHosts: loopbackHosts(port), allowedOrigins: [] } });
  const { delivery } = bench.engine.submit({ provider: 'ploomes', event: 'Deals.Win', seed: 7, faults: { retry: [] } });
  recorded = await bench.engine.settled(delivery.id);
  recordedJson = JSON.stringify(bench.store.deliveries.get(recorded.id));
  expect((await call('/sink/default/hook', { body: { before: true } })).status).toBe(200);
  sinkBefore = JSON.stringify(bench.store.sink.list({ limit: 10 }));
  credentialsBefore = JSON.stringify(['ploomes', 'parallel', 'hubspot', 'standard'].map((p) => bench.vault.get(p)));
});

afterAll(() => bench.close());

const ok = { provider: 'ploomes', event: 'Deals.Win' };
const deep = (depth: number, leaf: string) => `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** [what, body, path]: POST /api/deliveries with a malformed body. */
const deliveryBodies: [string, unknown, PathExpectation][] = [
  ['an array where an object is expected', [], 'body'],
  ['an array of the right object', [ok], 'body'],
  ['a string', 'hello', 'body'],
  ['a number', 42, 'body'],
  ['null', null, 'body'],
  ['an empty object', {}, 'provider'],
  ['a numeric provider', { provider: 1, event: 'x' }, 'provider'],
  ['an empty provider', { provider: '', event: 'Deals.Win' }, 'provider'],
  ['an unknown provider', { provider: 'stripe', event: 'charge.succeeded' }, 'provider'],
  ['provider __proto__', { provider: '__proto__', event: 'x' }, 'provider'],
  ['provider constructor', { provider: 'constructor', event: 'x' }, 'provider'],
  ['provider toString', { provider: 'toString', event: 'x' }, 'provider'],
  ['a unicode provider', { provider: 'plöömes🙂', event: 'x' }, 'provider'],
  ['a provider with a right-to-left override', { provider: 'ploomes\u202e', event: 'Deals.Win' }, 'provider'],
  ['a missing event', { provider: 'ploomes' }, 'event'],
  ['an event array', { provider: 'ploomes', event: ['Deals.Win'] }, 'event'],
  ['an unknown event', { provider: 'ploomes', event: 'Deals.Explode' }, 'event'],
  ['event __proto__', { provider: 'ploomes', event: '__proto__' }, 'event'],
  ['event constructor', { provider: 'hubspot', event: 'constructor' }, 'event'],
  ['event hasOwnProperty', { provider: 'parallel', event: 'hasOwnProperty' }, 'event'],
  ['an event with a NUL', { provider: 'ploomes', event: 'Deals.Win\u0000' }, 'event'],
  ['a seed as words', { ...ok, seed: 'seven' }, 'seed'],
  ['a fractional seed', { ...ok, seed: 1.5 }, 'seed'],
  ['a negative seed', { ...ok, seed: -1 }, 'seed'],
  ['a huge seed', { ...ok, seed: 1e300 }, 'seed'],
  ['seed "NaN"', { ...ok, seed: 'NaN' }, 'seed'],
  ['seed "Infinity"', { ...ok, seed: 'Infinity' }, 'seed'],
  ['a seed object', { ...ok, seed: {} }, 'seed'],
  ['a seed array of two', { ...ok, seed: [1, 2] }, 'seed'],
  ['an empty seed (was read as 0)', { ...ok, seed: '' }, 'seed'],
  ['a boolean seed (was read as 1)', { ...ok, seed: true }, 'seed'],
  ['an empty seed array (was read as 0)', { ...ok, seed: [] }, 'seed'],
  ['a seed as a string of digits', { ...ok, seed: '7' }, 'seed'],
  ['now in words', { ...ok, now: 'yesterday' }, 'now'],
  ['now month 13', { ...ok, now: '2026-13-45T00:00:00Z' }, 'now'],
  ['now as a number', { ...ok, now: 1_700_000_000_000 }, 'now'],
  ['now without a zone', { ...ok, now: '2026-01-01 12:00' }, 'now'],
  ['target javascript:', { ...ok, target: 'javascript:alert(1)' }, 'target'],
  ['target file:', { ...ok, target: 'file:///etc/passwd' }, 'target'],
  ['target ftp:', { ...ok, target: 'ftp://example.com/' }, 'target'],
  ['target without a host', { ...ok, target: 'http://' }, 'target'],
  ['target as a number', { ...ok, target: 8080 }, 'target'],
  ['target relative', { ...ok, target: '/webhooks' }, 'target'],
  ['set as an array', { ...ok, set: [] }, 'set'],
  ['set as a string', { ...ok, set: 'New.Name=x' }, 'set'],
  ['set with an empty path', { ...ok, set: { '': 1 } }, /^set/],
  ['set with an empty segment', { ...ok, set: { 'New..Name': 1 } }, /^set/],
  ['set into a string', { ...ok, set: { 'Action.x': 1 } }, /^set/],
  ['set with a bad array index', { ...ok, set: { 'New.CollaboratingUsers.x': 1 } }, /^set/],
  ['set past the end of an array', { ...ok, set: { 'New.CollaboratingUsers.5': 1 } }, /^set/],
  ['set through __proto__', { ...ok, set: { '__proto__.polluted': 1 } }, /^set/],
  ['set of __proto__ itself', { ...ok, set: JSON.parse('{"__proto__":{"polluted":1}}') as unknown }, /^set/],
  ['faults as an array', { ...ok, faults: [] }, 'faults'],
  ['faults as a string', { ...ok, faults: 'duplicate=2' }, 'faults'],
  ['an unknown fault', { ...ok, faults: { explode: true } }, 'faults'],
  ['duplicate in words', { ...ok, faults: { duplicate: 'two' } }, 'faults.duplicate'],
  ['duplicate zero', { ...ok, faults: { duplicate: 0 } }, 'faults.duplicate'],
  ['duplicate huge', { ...ok, faults: { duplicate: 1e9 } }, 'faults.duplicate'],
  ['delay in parsecs', { ...ok, faults: { delay: '5 parsecs' } }, 'faults.delay'],
  ['a negative delay', { ...ok, faults: { delay: -5 } }, 'faults.delay'],
  ['an unknown signature fault', { ...ok, faults: { signature: 'forged' } }, 'faults.signature'],
  ['a stale signature where none is timed', { ...ok, faults: { signature: 'stale' } }, 'faults.signature'],
  ['an unknown body fault', { ...ok, faults: { body: 'gzip' } }, 'faults.body'],
  ['disconnect false', { ...ok, faults: { disconnect: false } }, 'faults.disconnect'],
  ['slow zero', { ...ok, faults: { slow: 0 } }, 'faults.slow'],
  ['burst zero', { ...ok, faults: { burst: '0' } }, 'faults.burst'],
  ['burst at zero concurrency', { ...ok, faults: { burst: '5@0' } }, 'faults.burst'],
  ['burst in exponent form', { ...ok, faults: { burst: '1e3' } }, 'faults.burst'],
  ['burst object without count', { ...ok, faults: { burst: { concurrency: 2 } } }, /^faults\.burst/],
  ['burst too large for one request', { ...ok, faults: { burst: 100_000 } }, 'faults.burst'],
  ['reorder "yes"', { ...ok, faults: { reorder: 'yes' } }, 'faults.reorder'],
  ['timeout zero', { ...ok, faults: { timeout: 0 } }, 'faults.timeout'],
  ['timeout forever', { ...ok, faults: { timeout: 'forever' } }, 'faults.timeout'],
  ['retry with a negative delay', { ...ok, faults: { retry: [-1] } }, /^faults\.retry/],
  ['retry with an empty step', { ...ok, faults: { retry: '1s,,5s' } }, 'faults.retry'],
  ['retry with 51 steps', { ...ok, faults: { retry: Array(51).fill(1) } }, /^faults\.retry/],
  ['retry as an object', { ...ok, faults: { retry: { after: '1s' } } }, 'faults.retry'],
  ['timeScale zero', { ...ok, timeScale: 0 }, 'timeScale'],
  ['a negative timeScale', { ...ok, timeScale: -1 }, 'timeScale'],
  ['timeScale in words', { ...ok, timeScale: 'fast' }, 'timeScale'],
  ['a huge timeScale', { ...ok, timeScale: 1e6 }, 'timeScale'],
  ['timeScale "NaN"', { ...ok, timeScale: 'NaN' }, 'timeScale'],
  ['settings as an array', { ...ok, settings: [] }, 'settings'],
  ['settings with an empty key', { ...ok, settings: { '': 1 } }, /^settings/],
  ['an unknown setting', { ...ok, settings: { colour: 'blue' } }, /^settings/],
  ['a setting of the wrong type', { provider: 'hubspot', event: 'contact.creation', settings: { signatureVersion: 'v9' } }, /^settings/],
  ['edits.body as a number', { ...ok, edits: { body: 5 } }, 'edits.body'],
  ['edits with a bad header name', { ...ok, edits: { headers: { 'bad header': 'x' } } }, /^edits\.headers/],
  ['an unknown edit', { ...ok, edits: { method: 'PUT' } }, 'edits'],
  ['an unknown top-level key', { ...ok, surprise: 1 }, 'body'],
  ['a key in the wrong case', { Provider: 'ploomes', event: 'Deals.Win' }, /^(body|provider)$/],
  ['a payload of a function-like string and a bad fault', { ...ok, payload: '() => 1', faults: { duplicate: -1 } }, 'faults.duplicate'],
];

/** [what, raw text, path]: bodies that are not the JSON they claim to be. */
const rawBodies: [string, string, PathExpectation][] = [
  ['an unclosed object', '{', 'body'],
  ['a missing value', '{"provider": }', 'body'],
  ['single quotes', "{'provider':'ploomes'}", 'body'],
  ['a trailing comma', '{"provider":"ploomes",}', 'body'],
  ['NaN', 'NaN', 'body'],
  ['undefined', 'undefined', 'body'],
  ['trailing garbage', '{"provider":"ploomes","event":"Deals.Win"} x', 'body'],
  ['a NUL byte', '\u0000', 'body'],
  ['an unterminated string', '"unterminated', 'body'],
  ['a lone surrogate in a provider', '{"provider":"\\ud800","event":"x"}', 'provider'],
  ['a seed past float range', '{"provider":"ploomes","event":"Deals.Win","seed":1e400}', 'seed'],
  ['a duplicate key hiding a bad value', '{"provider":"ploomes","event":"Deals.Win","seed":1,"seed":"x"}', 'seed'],
  ['a __proto__ key at the top', '{"__proto__":{"provider":"ploomes","event":"Deals.Win"}}', '__proto__'],
  ['a constructor key at the top', '{"provider":"ploomes","event":"Deals.Win","constructor":{"prototype":{"polluted":1}}}', 'body'],
  ['a __proto__ key in faults', '{"provider":"ploomes","event":"Deals.Win","faults":{"__proto__":{"duplicate":2}}}', /^faults/],
  ['a payload nested 100 000 deep', `{"provider":"ploomes","event":"Deals.Win","payload":${deep(100_000, '1')}}`, /^(body|payload)/],
  ['a set value nested 50 000 deep', `{"provider":"ploomes","event":"Deals.Win","set":{"New.Name":${deepObject(50_000)}}}`, /^(body|set)/],
  ['settings nested 50 000 deep', `{"provider":"ploomes","event":"Deals.Win","settings":{"x":${deep(50_000, '1')}}}`, /^(body|settings)/],
  ['a body nested 200 000 deep', deep(200_000, '{}'), '0.0.0.0'],
];

describe('POST /api/deliveries refuses malformed bodies', () => {
  it.each(deliveryBodies)('%s', async (_what, body, path) => {
    await expectBadInput(await call('/api/deliveries', { body: JSON.stringify(body) }), path);
  });

  it.each(rawBodies)('raw: %s', async (_what, text, path) => {
    await expectBadInput(await call('/api/deliveries', { body: text }), path);
  });

  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
    ['application/xml', 415],
    ['', 415],
  ])('refuses a JSON body sent as %j', async (type, status) => {
    await expectBadInput(await call('/api/deliveries', { body: ok, headers: { 'content-type': type } }), 'headers.content-type', status);
  });

  it('answers an empty body by naming the first missing field', async () => {
    await expectBadInput(await call('/api/deliveries', { body: '' }), 'provider', 422);
    await expectBadInput(await call('/api/deliveries', { body: '   \n' }), 'provider', 422);
  });
});

describe('POST /api/deliveries/:id/replay refuses malformed bodies', () => {
  const cases: [string, unknown, PathExpectation][] = [
    ['an array', [], 'body'],
    ['a string', 'again', 'body'],
    ['a provider (replays keep theirs)', { provider: 'hubspot' }, 'body'],
    ['a bad target', { target: 'gopher://x' }, 'target'],
    ['a bad fault', { faults: { duplicate: 0 } }, 'faults.duplicate'],
    ['an unknown fault', { faults: { teleport: 1 } }, 'faults'],
    ['timeScale zero', { timeScale: 0 }, 'timeScale'],
    ['edits as a string', { edits: 'body' }, 'edits'],
    ['settings as a number', { settings: 3 }, 'settings'],
  ];
  it.each(cases)('%s', async (_what, body, path) => {
    await expectBadInput(await call(`/api/deliveries/${recorded.id}/replay`, { body: JSON.stringify(body) }), path);
  });

  it.each([
    ['an unknown delivery', '/api/deliveries/dlv_nope/replay', 'id'],
    ['a delivery id of __proto__', '/api/deliveries/__proto__/replay', 'id'],
    ['a unicode delivery id', `/api/deliveries/${encodeURIComponent('dlv_🙂')}/replay`, 'id'],
  ])('%s → 404 naming the id', async (_what, path, at) => {
    await expectBadInput(await call(path, { body: {} }), at, 404);
  });

  it('refuses invalid JSON', async () => {
    await expectBadInput(await call(`/api/deliveries/${recorded.id}/replay`, { body: '{"target":' }), 'body', 400);
  });
});

describe('POST /api/scenarios/run refuses malformed bodies', () => {
  const inline = { name: 'x', description: 'd', provider: 'ploomes', steps: [{ event: 'Deals.Win' }] };
  const cases: [string, unknown, PathExpectation][] = [
    ['an empty object', {}, 'scenario'],
    ['an empty name', { scenario: '' }, 'scenario'],
    ['an unknown name', { scenario: 'nope' }, 'scenario'],
    ['a path instead of a name', { scenario: '../../etc/passwd' }, 'scenario'],
    ['a number', { scenario: 5 }, 'scenario'],
    ['an array', { scenario: [] }, 'scenario'],
    ['an empty inline scenario', { scenario: {} }, 'scenario.name'],
    ['steps as a string', { scenario: { ...inline, steps: 'Deals.Win' } }, 'scenario.steps'],
    ['no steps', { scenario: { ...inline, steps: [] } }, 'scenario.steps'],
    ['a step without an event', { scenario: { ...inline, steps: [{}] } }, 'scenario.steps.0.event'],
    ['a step with a bad delay', { scenario: { ...inline, steps: [{ event: 'Deals.Win', after: 'soon' }] } }, 'scenario.steps.0.after'],
    ['a step with an unknown event', { scenario: { ...inline, steps: [{ event: 'Deals.Explode' }] } }, 'scenario.steps.0.event'],
    ['an unknown provider', { scenario: { ...inline, provider: 'stripe' } }, 'scenario.provider'],
    ['chaos over 1', { scenario: { ...inline, chaos: { drops: 2 } } }, 'scenario.chaos.drops'],
    ['an upper-case name', { scenario: { ...inline, name: 'Deal Won' } }, 'scenario.name'],
    ['a negative seed', { scenario: 'ploomes-deal-won', seed: -1 }, 'seed'],
    ['a bad target', { scenario: 'ploomes-deal-won', target: 'nope' }, 'target'],
    ['timeScale NaN', { scenario: 'ploomes-deal-won', timeScale: 'NaN' }, 'timeScale'],
    ['an unknown key', { scenario: 'ploomes-deal-won', chaos: true }, 'body'],
  ];
  it.each(cases)('%s', async (_what, body, path) => {
    await expectBadInput(await call('/api/scenarios/run', { body: JSON.stringify(body) }), path);
  });
});

describe('POST /api/suites/run refuses malformed bodies', () => {
  const suite = { name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }] };
  const cases: [string, unknown, PathExpectation][] = [
    ['an empty object', {}, 'suite'],
    ['a name with capitals', { suite: 'Ploomes' }, 'suite'],
    ['a name that climbs out', { suite: '../package' }, 'suite'],
    ['an unknown example', { suite: 'nope' }, 'suite'],
    ['an empty list', { suite: [] }, 'suite'],
    ['a list of strings', { suite: ['ploomes'] }, /^suite/],
    ['an empty suite', { suite: {} }, 'suite.name'],
    ['no cases', { suite: { ...suite, cases: [] } }, 'suite.cases'],
    ['cases as an object', { suite: { ...suite, cases: {} } }, 'suite.cases'],
    ['a case without a name', { suite: { ...suite, cases: [{ provider: 'ploomes', event: 'Deals.Win' }] } }, 'suite.cases.0.name'],
    ['a case with a bad status', { suite: { ...suite, cases: [{ ...suite.cases[0], expect: { status: '6xx' } }] } }, 'suite.cases.0.expect.status'],
    ['a case with a bad fault', { suite: { ...suite, cases: [{ ...suite.cases[0], faults: { duplicate: 'x' } }] } }, 'suite.cases.0.faults.duplicate'],
    ['a case with an unknown provider', { suite: { ...suite, cases: [{ ...suite.cases[0], provider: 'stripe' }] } }, 'suite.cases.0.provider'],
    ['a case with an unknown event', { suite: { ...suite, cases: [{ ...suite.cases[0], event: 'Deals.Explode' }] } }, 'suite.cases.0.event'],
    ['a bad suite target', { suite: { ...suite, target: 'ws://x' } }, 'suite.target'],
    ['a case naming a scenario file', { suite: { ...suite, cases: [{ name: 'c', scenario: '../../../../etc/passwd' }] } }, 'suite.cases.0.scenario'],
    ['a case naming an unknown scenario', { suite: { ...suite, cases: [{ name: 'c', scenario: 'nope' }] } }, 'suite.cases.0.scenario'],
    ['the second suite of two broken', { suite: [suite, { ...suite, cases: [{ name: 'c', provider: 'ploomes', event: 'Nope' }] }] }, 'suite.1.cases.0.event'],
    ['shard 3/2', { suite: 'ploomes', shard: '3/2' }, 'shard'],
    ['shard in words', { suite: 'ploomes', shard: 'half' }, 'shard'],
    ['shard as a number', { suite: 'ploomes', shard: 1 }, 'shard'],
    ['bail "yes"', { suite: 'ploomes', bail: 'yes' }, 'bail'],
    ['a seed in words', { suite: 'ploomes', seed: 'x' }, 'seed'],
    ['an unknown key', { suite: 'ploomes', reporter: 'junit' }, 'body'],
  ];
  it.each(cases)('%s', async (_what, body, path) => {
    await expectBadInput(await call('/api/suites/run', { body: JSON.stringify(body) }), path);
  });
});

describe('credentials: PUT, rotate and regenerate refuse bad input and keep what was there', () => {
  const cases: [string, string, unknown, PathExpectation][] = [
    ['an array', 'ploomes', [], /^(body|credentials)?/],
    ['a string', 'ploomes', 'secret', /./],
    ['an empty object', 'ploomes', {}, /validationKey/],
    ['a numeric key', 'ploomes', { validationKey: 42, userKey: 'x' }, /validationKey/],
    ['an unknown field', 'ploomes', { validationKey: 'a'.repeat(32), userKey: 'b'.repeat(32), extra: 1 }, /./],
    ['a __proto__ field', 'ploomes', JSON.parse('{"__proto__":{"validationKey":"x"}}'), '__proto__'],
    ['a bad Parallel key list', 'parallel', { keys: 'nope' }, /./],
    ['an empty HubSpot secret', 'hubspot', { clientSecret: '' }, /clientSecret/],
    ['a Standard secret without whsec_', 'standard', { secret: 'not-a-secret' }, /secret/],
    ['an unknown provider', 'stripe', { secret: 'x' }, 'provider'],
    ['provider __proto__', '__proto__', { secret: 'x' }, 'provider'],
  ];
  it.each(cases)('PUT %s', async (_what, provider, body, path) => {
    await expectBadInput(await call(`/api/providers/${provider}/credentials`, { method: 'PUT', body: JSON.stringify(body) }), path);
  });

  it.each(['rotate', 'regenerate'])('%s of an unknown provider names it', async (action) => {
    await expectBadInput(await call(`/api/providers/stripe/credentials/${action}`, { method: 'POST' }), 'provider');
  });
});

describe('GET query strings: bad cursors, limits, dates and filters', () => {
  const cases: [string, PathExpectation, number?][] = [
    ['/api/deliveries?limit=0', 'query.limit'],
    ['/api/deliveries?limit=-1', 'query.limit'],
    ['/api/deliveries?limit=abc', 'query.limit'],
    ['/api/deliveries?limit=1e9', 'query.limit'],
    ['/api/deliveries?limit=NaN', 'query.limit'],
    ['/api/deliveries?limit=Infinity', 'query.limit'],
    ['/api/deliveries?limit=1.5', 'query.limit'],
    ['/api/deliveries?limit=501', 'query.limit'],
    ['/api/deliveries?status=lost', 'query.status'],
    ['/api/deliveries?status=__proto__', 'query.status'],
    ['/api/deliveries?since=yesterday', 'query.since'],
    ['/api/deliveries?since=2026-01-01', 'query.since'],
    ['/api/deliveries?since=1700000000', 'query.since'],
    ['/api/deliveries?cursor=garbage', /^query\.cursor|cursor$/],
    ['/api/deliveries?cursor=%F0%9F%99%82', /^query\.cursor|cursor$/],
    [`/api/deliveries?cursor=${'x'.repeat(101)}`, 'query.cursor'],
    ['/api/deliveries?cursor=eyJhIjoxfQ', /^query\.cursor|cursor$/],
    [`/api/deliveries?q=${'x'.repeat(201)}`, 'query.q'],
    [`/api/deliveries?batchId=${'b'.repeat(101)}`, 'query.batchId'],
    [`/api/deliveries?target=${'t'.repeat(2001)}`, 'query.target'],
    ['/api/sink/requests?limit=0', 'query.limit'],
    ['/api/sink/requests?limit=501', 'query.limit'],
    ['/api/sink/requests?limit=%20', 'query.limit'],
    ['/api/sink/requests?since=not-a-date', 'query.since'],
    ['/api/sink/requests?cursor=garbage', /^query\.cursor|cursor$/],
    [`/api/sink/requests?method=${'M'.repeat(21)}`, 'query.method'],
    [`/api/sink/requests?name=${'n'.repeat(201)}`, 'query.name'],
    ['/api/export?format=pdf', 'query.format'],
    ['/api/export?format=HAR', 'query.format'],
    ['/api/export?format=curl&attempt=0', 'query.attempt'],
    ['/api/export?format=curl&attempt=abc', 'query.attempt'],
    ['/api/export?format=curl&attempt=1001', 'query.attempt'],
    ['/api/export?format=har&attempt=2', 'query.attempt'],
    ['/api/export?since=tomorrow', 'query.since'],
    ['/api/export?status=gone', 'query.status'],
    ['/api/providers/ploomes/events/Deals.Win/sample?seed=abc', 'query.seed'],
    ['/api/providers/ploomes/events/Deals.Win/sample?seed=-1', 'query.seed'],
    ['/api/providers/ploomes/events/Deals.Win/sample?seed=1e400', 'query.seed'],
    ['/api/providers/ploomes/events/Deals.Win/sample?now=noon', 'query.now'],
    ['/api/providers/ploomes/events/Deals.Win/sample?target=ftp://x', 'query.target'],
    ['/api/providers/ploomes/events/Deals.Win/sample?set=New.Name', /^query\.set/],
    ['/api/providers/ploomes/events/Deals.Win/sample?set==1', /^query\.set/],
    ['/api/providers/ploomes/events/Deals.Win/sample?set=New..Name=1', /^query\.set/],
    ['/api/providers/ploomes/events/Deals.Win/sample?set=__proto__.polluted=1', /^query\.set/],
    ['/api/providers/ploomes/events/Deals.Win/sample?setting=colour', /^query\.setting/],
    ['/api/providers/hubspot/events/contact.creation/sample?setting=signatureVersion=v9', 'settings.signatureVersion'],
    ['/api/providers/ploomes/events/Deals.Explode/sample', 'event', 404],
    ['/api/providers/ploomes/events/__proto__/sample', 'event', 404],
    ['/api/providers/stripe/events/x/sample', 'provider', 404],
    ['/api/providers/__proto__', 'provider', 404],
    ['/api/providers/constructor/credentials', 'provider', 404],
    ['/api/deliveries/dlv_nope', 'id', 404],
    [`/api/deliveries/${encodeURIComponent("'; DROP TABLE deliveries; --")}`, 'id', 404],
    ['/api/deliveries/dlv_nope/attempts/1/explain', 'id', 404],
    ['/api/scenarios/runs/nope', 'batchId', 404],
    ['/api/suites/runs/nope', 'runId', 404],
    ['/api/sink/requests/snk_nope', 'id', 404],
  ];
  it.each(cases)('GET %s', async (path, at, status) => {
    await expectBadInput(await call(path), at, status);
  });

  it.each([['abc'], ['0'], ['-1'], ['99']])('explain of attempt %s names the attempt', async (n) => {
    await expectBadInput(await call(`/api/deliveries/${recorded.id}/attempts/${n}/explain`), 'n', 404);
  });
});

describe('/api/mocks refuses bad subscriptions', () => {
  const sub = { target: 'http://127.0.0.1:9/hook' };
  const cases: [string, string, string, unknown, PathExpectation][] = [
    ['an empty subscription', 'POST', '/api/mocks/ploomes/subscriptions', {}, 'target'],
    ['a bad target', 'POST', '/api/mocks/ploomes/subscriptions', { target: 'x' }, 'target'],
    ['events as a string', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, events: 'all' }, 'events'],
    ['an unknown event', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, events: ['Deals.Win', 'Deals.Explode'] }, 'events.1'],
    ['an empty event', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, events: [''] }, 'events.0'],
    ['active "yes"', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, active: 'yes' }, 'active'],
    ['settings as an array', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, settings: [] }, 'settings'],
    ['a bad fault', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, faults: { duplicate: 0 } }, 'faults.duplicate'],
    ['an unknown key', 'POST', '/api/mocks/ploomes/subscriptions', { ...sub, secret: 'x' }, 'body'],
    ['an array', 'POST', '/api/mocks/ploomes/subscriptions', [sub], 'body'],
    ['an unknown provider', 'POST', '/api/mocks/stripe/subscriptions', sub, 'provider'],
    ['a provider without a mock', 'POST', '/api/mocks/standard/subscriptions', sub, 'provider'],
    ['a patch of an unknown id', 'PATCH', '/api/mocks/ploomes/subscriptions/sub_nope', { active: false }, 'id'],
    ['a patch with a bad target', 'PATCH', '/api/mocks/ploomes/subscriptions/sub_nope', { target: 5 }, 'target'],
    ['a patch with an unknown key', 'PATCH', '/api/mocks/ploomes/subscriptions/sub_nope', { id: 'x' }, 'body'],
    ['a delete of an unknown id', 'DELETE', '/api/mocks/ploomes/subscriptions/sub_nope', undefined, 'id'],
    ['a reset of an unknown provider', 'POST', '/api/mocks/stripe/reset', undefined, 'provider'],
    ['a list for an unknown provider', 'GET', '/api/mocks/stripe/subscriptions', undefined, 'provider'],
  ];
  it.each(cases)('%s', async (_what, method, path, body, at) => {
    await expectBadInput(await call(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }), at);
  });
});

describe('the sink refuses a bad query, and still records the request', () => {
  it.each([
    ['status=999', 'query.status'],
    ['status=abc', 'query.status'],
    ['status=99', 'query.status'],
    ['fail=-1', 'query.fail'],
    ['fail=1e9', 'query.fail'],
    ['delay=abc', 'query.delay'],
    ['delay=1e12', 'query.delay'],
    ['strict=maybe', 'query.strict'],
  ])('?%s', async (query, at) => {
    const before = bench.store.sink.list({ limit: 10_000 }).length;
    await expectBadInput(await call(`/sink/default/hook?${query}`, { body: { x: 1 } }), at, 400);
    expect(bench.store.sink.list({ limit: 10_000 }).length).toBe(before + 1);
  });
});

describe('property: generated garbage never gets past the edge', () => {
  const providers = new Set(['parallel', 'ploomes', 'idloom', 'connectif', 'hubspot', 'standard']);
  const seen = new Set<string>();
  const distinct = (key: string) => {
    seen.add(key);
    return true;
  };

  it('any JSON value that is not an object is refused, naming the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), async (value) => {
        distinct(`nonobject:${JSON.stringify(value)}`);
        await expectBadInput(await call('/api/deliveries', { body: JSON.stringify(value) }), 'body', 422);
      }),
      { numRuns: 40, seed: 8 },
    );
  });

  it('an object naming no known provider is refused, whatever else it holds', async () => {
    const body = fc.record(
      {
        provider: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'PLOOMES'), fc.integer(), fc.constant(null)),
        event: fc.oneof(fc.string(), fc.constant('Deals.Win')),
        seed: fc.oneof(fc.integer(), fc.double(), fc.string()),
        faults: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: ['provider'] },
    );
    await fc.assert(
      fc.asyncProperty(
        body.filter((b) => !(typeof b.provider === 'string' && providers.has(b.provider))),
        async (value) => {
          distinct(`noprovider:${JSON.stringify(value)}`);
          await expectBadInput(await call('/api/deliveries', { body: JSON.stringify(value) }), /^(provider|event|seed|faults(\..+)?|body)$/);
        },
      ),
      { numRuns: 60, seed: 9 },
    );
  });

  it('text that does not parse as JSON is refused with 400 INVALID_JSON at body', async () => {
    const notJson = fc.string({ unit: 'binary' }).filter((s) => {
      if (s.trim() === '') return false;
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    });
    await fc.assert(
      fc.asyncProperty(notJson, async (text) => {
        distinct(`text:${text}`);
        const error = await expectBadInput(await call('/api/deliveries', { body: text }), 'body', 400);
        expect(error.code).toBe('INVALID_JSON');
      }),
      { numRuns: 40, seed: 10 },
    );
  });

  it('a limit that is not a whole number from 1 to 500 is refused at query.limit', async () => {
    const badLimit = fc
      .oneof(fc.string(), fc.integer({ min: -1e9, max: 0 }).map(String), fc.integer({ min: 501 }).map(String), fc.double({ noInteger: true }).map(String))
      .filter((s) => {
        const n = Number(s);
        return !(Number.isInteger(n) && n >= 1 && n <= 500);
      });
    await fc.assert(
      fc.asyncProperty(badLimit, fc.constantFrom('/api/deliveries', '/api/sink/requests'), async (limit, route) => {
        distinct(`limit:${route}:${limit}`);
        await expectBadInput(await call(`${route}?limit=${encodeURIComponent(limit)}`), 'query.limit', 422);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('an unknown fault name is refused at faults', async () => {
    const known = new Set(['duplicate', 'delay', 'signature', 'body', 'disconnect', 'slow', 'burst', 'reorder', 'timeout', 'retry']);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }).filter((n) => !known.has(n)), fc.jsonValue({ maxDepth: 1 }), async (name, value) => {
        distinct(`fault:${name}`);
        await expectBadInput(await call('/api/deliveries', { body: JSON.stringify({ ...ok, faults: { [name]: value } }) }), /^faults/, 422);
      }),
      { numRuns: 30, seed: 12 },
    );
  });

  it('generated many distinct cases', () => {
    // The properties above asserted on each of these; duplicates from shrinking are not counted.
    expect(seen.size).toBeGreaterThanOrEqual(150);
  });
});

describe('after the barrage', () => {
  it('a key named like a prototype member is an ordinary field, and pollutes nothing', async () => {
    const res = await call('/api/providers/ploomes/events/Deals.Win/sample?seed=1&set=constructor.prototype.polluted=1&set=New.toString=x');
    expect(res.status).toBe(200);
    const { payload } = (await res.json()) as { payload: { constructor: unknown; New: { toString: unknown } } };
    expect(payload.constructor).toEqual({ prototype: { polluted: 1 } });
    expect(payload.New.toString).toBe('x');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('lost nothing recorded before it, changed nothing, and left no delivery behind', () => {
    expect(bench.store.deliveries.count()).toBe(1);
    expect(JSON.stringify(bench.store.deliveries.get(recorded.id))).toBe(recordedJson);
    const sinkNow = bench.store.sink.list({ limit: 10_000 });
    expect(JSON.stringify(sinkNow.filter((r) => sinkBefore.includes(r.id)))).toBe(sinkBefore);
    expect(JSON.stringify(['ploomes', 'parallel', 'hubspot', 'standard'].map((p) => bench.vault.get(p)))).toBe(credentialsBefore);
    expect(bench.store.suiteRuns.get('nope')).toBeUndefined();
  });

  it('still serves a valid request', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { deliveries: number }).deliveries).toBe(1);
  });
});
