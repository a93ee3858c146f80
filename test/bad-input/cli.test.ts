/**
 * Bad flags for every command: unknown flags, missing values, bad numbers, bad --set paths, bad --fault
 * values, bad --time-scale and --shard… each exits 2 with one line on stderr naming the flag, and no
 * stack trace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/test-server.ts';
import { cli } from './bad-input-helpers.ts';

// Anything that slips through validation fails fast instead of serving or delivering: nothing listens on
// port 9, and no server can start on an address that does not exist.
const env = { HOOKBENCH_PORT: '1', HOOKBENCH_HOST: '256.0.0.1' };
const target = ['--target', 'http://127.0.0.1:9/hook'];
const ok = ['ploomes', 'Deals.Win'];

const dir = tempDir('hookbench-bad-cli-');
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const brokenJson = file('broken.json', '{"New": ');
const deepJson = file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
const goodSuite = file('good-suite.json', JSON.stringify({ name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }] }));
mkdirSync(join(dir, 'empty-folder'));

/** [argv, what stderr must name]. */
const cases: [string[], RegExp][] = [
  // the command itself
  [['triger', ...ok], /unknown command "triger"/],
  [['--frobnicate'], /unknown command "--frobnicate"/],
  [['__proto__'], /unknown command "__proto__"/],
  [['constructor'], /unknown command "constructor"/],
  // events
  [['events', '--frobnicate'], /--frobnicate/],
  [['events', 'nope'], /unknown provider "nope"/],
  [['events', '--json=yes'], /--json/],
  // sample
  [['sample'], /PROVIDER/],
  [['sample', 'ploomes'], /EVENT/],
  [['sample', 'nope', 'x'], /unknown provider "nope"/],
  [['sample', 'ploomes', 'Deals.Explode'], /unknown event "Deals.Explode"/],
  [['sample', 'ploomes', '__proto__'], /unknown event "__proto__"/],
  [['sample', ...ok, '--seed', 'abc'], /--seed/],
  [['sample', ...ok, '--seed', '-1'], /--seed/],
  [['sample', ...ok, '--seed=-1'], /--seed/],
  [['sample', ...ok, '--seed', '1.5'], /--seed/],
  [['sample', ...ok, '--seed', '1e10'], /--seed/],
  [['sample', ...ok, '--seed', 'NaN'], /--seed/],
  [['sample', ...ok, '--seed', 'Infinity'], /--seed/],
  [['sample', ...ok, '--seed='], /--seed/],
  [['sample', ...ok, '--seed'], /--seed/],
  [['sample', ...ok, '--set', 'New.Name'], /--set/],
  [['sample', ...ok, '--set', '=x'], /--set/],
  [['sample', ...ok, '--set', 'New..Name=x'], /--set/],
  [['sample', ...ok, '--set', '__proto__.polluted=1'], /--set/],
  // sample names the override's path as the payload sees it: set.Action.x
  [['sample', ...ok, '--set', 'Action.x=1'], /set\.Action\.x/],
  [['sample', ...ok, '--set', 'New.CollaboratingUsers.9=1'], /set\.New\.CollaboratingUsers\.9/],
  [['trigger', ...ok, ...target, '--set', 'Action.x=1'], /--set Action\.x/],
  [['sample', ...ok, '--setting', 'colour'], /--setting/],
  [['sample', 'hubspot', 'contact.creation', '--setting', 'signatureVersion=v9'], /settings\.signatureVersion/],
  [['sample', ...ok, '--now', 'yesterday'], /--now/],
  [['sample', ...ok, '--now', '2026-13-45T00:00:00Z'], /--now/],
  [['sample', ...ok, '--pretty=1'], /--pretty/],
  [['sample', ...ok, '--json', '--frobnicate'], /--frobnicate/],
  [['sample', ...ok, '--port', 'abc'], /--port/],
  [['sample', ...ok, '--port', '70000'], /--port/],
  [['sample', ...ok, '--config', 'missing.json'], /--config|missing\.json/],
  // trigger
  [['trigger'], /PROVIDER/],
  [['trigger', 'ploomes', ...target], /EVENT/],
  [['trigger', 'nope', 'x', ...target], /unknown provider "nope"/],
  [['trigger', 'ploomes', 'Deals.Explode', ...target], /unknown event "Deals.Explode"/],
  [['trigger', ...ok, '--target', 'ftp://example.com'], /--target/],
  [['trigger', ...ok, '--target', 'javascript:alert(1)'], /--target/],
  [['trigger', ...ok, '--target'], /--target/],
  [['trigger', ...ok, ...target, '--seed', 'abc'], /--seed/],
  [['trigger', ...ok, ...target, '--now', 'noon'], /--now/],
  [['trigger', ...ok, ...target, '--fault', 'explode'], /--fault.*explode|explode.*--fault/],
  [['trigger', ...ok, ...target, '--fault', '=2'], /--fault/],
  [['trigger', ...ok, ...target, '--fault', 'duplicate=0'], /--fault duplicate/],
  [['trigger', ...ok, ...target, '--fault', 'duplicate=abc'], /--fault duplicate/],
  [['trigger', ...ok, ...target, '--fault', 'duplicate=1e9'], /--fault duplicate/],
  [['trigger', ...ok, ...target, '--fault', 'delay=5parsecs'], /--fault delay/],
  [['trigger', ...ok, ...target, '--fault', 'signature=forged'], /--fault signature/],
  [['trigger', ...ok, ...target, '--fault', 'signature=stale'], /signature/],
  [['trigger', ...ok, ...target, '--fault', 'body=gzip'], /--fault body/],
  [['trigger', ...ok, ...target, '--fault', 'burst=0'], /--fault burst/],
  [['trigger', ...ok, ...target, '--fault', 'burst=5@0'], /--fault burst/],
  [['trigger', ...ok, ...target, '--fault', 'burst=100000'], /--fault burst/],
  [['trigger', ...ok, ...target, '--fault', 'retry=1s,,5s'], /--fault retry/],
  [['trigger', ...ok, ...target, '--fault', 'retry=soon'], /--fault retry/],
  [['trigger', ...ok, ...target, '--fault', 'timeout=0'], /--fault timeout/],
  [['trigger', ...ok, ...target, '--fault', 'slow=0'], /--fault slow/],
  [['trigger', ...ok, ...target, '--fault', 'reorder=maybe'], /--fault reorder/],
  [['trigger', ...ok, ...target, '--fault', 'disconnect=no'], /--fault disconnect/],
  [['trigger', ...ok, ...target, '--fault'], /--fault/],
  [['trigger', ...ok, ...target, '--time-scale', '0'], /--time-scale/],
  [['trigger', ...ok, ...target, '--time-scale=-1'], /--time-scale/],
  [['trigger', ...ok, ...target, '--time-scale', 'fast'], /--time-scale/],
  [['trigger', ...ok, ...target, '--time-scale', '1e6'], /--time-scale/],
  [['trigger', ...ok, ...target, '--time-scale', 'NaN'], /--time-scale/],
  [['trigger', ...ok, ...target, '--time-scale', 'Infinity'], /--time-scale/],
  [['trigger', ...ok, ...target, '--set', 'New..Name=x'], /--set/],
  [['trigger', ...ok, ...target, '--set', '__proto__.x=1'], /--set/],
  [['trigger', ...ok, ...target, '--setting', 'nokey'], /--setting/],
  [['trigger', ...ok, ...target, '--payload', '/nonexistent/payload.json'], /--payload/],
  [['trigger', ...ok, ...target, '--payload', brokenJson], /--payload/],
  [['trigger', ...ok, ...target, '--payload', deepJson], /--payload/],
  [['trigger', ...ok, ...target, '--payload', dir], /--payload/],
  [['trigger', ...ok, ...target, '--json=yes'], /--json/],
  [['trigger', ...ok, ...target, '--port', '-1'], /--port/],
  // scenario
  [['scenario'], /NAME|scenario/],
  [['scenario', 'nope'], /no scenario "nope"/],
  [['scenario', 'missing.json'], /missing\.json/],
  [['scenario', brokenJson], /broken\.json/],
  [['scenario', goodSuite], /good-suite\.json/],
  [['scenario', 'ploomes-deal-won', '--target', 'ftp://x'], /--target/],
  [['scenario', 'ploomes-deal-won', ...target, '--seed', 'abc'], /--seed/],
  [['scenario', 'ploomes-deal-won', ...target, '--time-scale', '0'], /--time-scale/],
  [['scenario', 'ploomes-deal-won', ...target, '--frobnicate'], /--frobnicate/],
  // replay
  [['replay'], /SUITE|suite/],
  [['replay', 'nope.json'], /nope\.json/],
  [['replay', join(dir, 'empty-folder')], /empty-folder/],
  [['replay', brokenJson], /broken\.json/],
  [['replay', goodSuite, '--reporter', 'xml'], /--reporter/],
  [['replay', goodSuite, '--shard', '3/2'], /--shard/],
  [['replay', goodSuite, '--shard', '0/1'], /--shard/],
  [['replay', goodSuite, '--shard', 'half'], /--shard/],
  [['replay', goodSuite, '--concurrency', '0'], /--concurrency/],
  [['replay', goodSuite, '--concurrency', 'abc'], /--concurrency/],
  [['replay', goodSuite, '--concurrency', '1000'], /--concurrency/],
  [['replay', goodSuite, '--target', 'ws://x'], /--target/],
  [['replay', goodSuite, '--seed', 'abc'], /--seed/],
  [['replay', goodSuite, '--time-scale', '0'], /--time-scale/],
  [['replay', goodSuite, '--bail=yes'], /--bail/],
  [['replay', goodSuite, '--output'], /--output/],
  [['replay', goodSuite, '--frobnicate'], /--frobnicate/],
  // export
  [['export', '--format', 'pdf'], /--format/],
  [['export', '--since', 'yesterday'], /--since/],
  [['export', '--status', 'gone'], /--status/],
  [['export', '--attempt', '0', '--format', 'curl'], /--attempt/],
  [['export', '--attempt', 'abc', '--format', 'curl'], /--attempt/],
  [['export', '--attempt', '2', '--format', 'har'], /--attempt/],
  [['export', '--provider'], /--provider/],
  [['export', '--frobnicate'], /--frobnicate/],
  // credentials
  [['credentials', 'nope'], /unknown provider "nope"/],
  [['credentials', '__proto__'], /unknown provider "__proto__"/],
  [['credentials', '--json=1'], /--json/],
  [['credentials', '--frobnicate'], /--frobnicate/],
  // serve (refused before anything listens)
  [['serve', '--frobnicate'], /--frobnicate/],
  [['serve', '--port', 'abc'], /--port/],
  [['serve', '--port', '65536'], /--port/],
  [['serve', '--time-scale', '0'], /--time-scale/],
  [['serve', '--target', 'ftp://x'], /--target/],
  [['serve', '--config', 'missing.json'], /--config|missing\.json/],
];

describe('every command refuses bad flags with exit 2, naming the flag', () => {
  it.each(cases)('hookbench %j', async (argv, names) => {
    const { code, stderr } = await cli(argv, { env });
    expect(stderr, stderr).toMatch(/^hookbench: /);
    expect(stderr).toMatch(names);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code, stderr).toBe(2);
  });
});

describe('environment variables are named when they are wrong', () => {
  it.each([
    [{ HOOKBENCH_PORT: 'abc' }, /HOOKBENCH_PORT/],
    [{ HOOKBENCH_PORT: '99999' }, /HOOKBENCH_PORT/],
    [{ HOOKBENCH_TIME_SCALE: '0' }, /HOOKBENCH_TIME_SCALE/],
    [{ HOOKBENCH_TIME_SCALE: 'soon' }, /HOOKBENCH_TIME_SCALE/],
    [{ HOOKBENCH_TARGET: 'ftp://x' }, /HOOKBENCH_TARGET/],
  ])('%j', async (vars, names) => {
    const { code, stderr } = await cli(['trigger', ...ok], { env: { ...env, ...vars } });
    expect(stderr).toMatch(names);
    expect(code, stderr).toBe(2);
  });
});

describe('property: generated flag values', () => {
  it('a --seed that is not a whole number from 0 to 2147483647 exits 2 naming --seed', async () => {
    const seen = new Set<string>();
    const badSeed = fc
      .oneof(fc.string({ minLength: 1 }), fc.double().map(String), fc.bigInt({ min: 2n ** 31n, max: 2n ** 64n }).map(String))
      .filter((s) => !/^\d+$/.test(s) || Number(s) > 2 ** 31 - 1);
    await fc.assert(
      fc.asyncProperty(badSeed, async (seed) => {
        seen.add(seed);
        const { code, stderr } = await cli(['sample', ...ok, `--seed=${seed}`], { env });
        expect(stderr).toMatch(/--seed/);
        expect(code).toBe(2);
      }),
      { numRuns: 25, seed: 21 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });

  it('an unknown --fault name exits 2 naming it', async () => {
    const known = new Set(['duplicate', 'delay', 'signature', 'body', 'disconnect', 'slow', 'burst', 'reorder', 'timeout', 'retry']);
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z][a-z_-]{0,11}$/).filter((n) => !known.has(n)),
        async (name) => {
          const { code, stderr } = await cli(['trigger', ...ok, ...target, '--fault', `${name}=1`], { env });
          expect(stderr).toContain(`unknown fault "${name}"`);
          expect(code).toBe(2);
        },
      ),
      { numRuns: 20, seed: 22 },
    );
  });
});
