/**
 * Malformed replay suites (schema/suite.schema.json): `hookbench replay` exits 2 before sending anything,
 * and stderr names the file and the JSON path of what is wrong.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/test-server.ts';
import { cli } from './bad-input-helpers.ts';

const env = { HOOKBENCH_PORT: '1' };
const suite = { name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }] };
const withCase = (c: Record<string, unknown>) => ({ ...suite, cases: [{ ...suite.cases[0], ...c }] });

/** [what, file name, contents (text is written as is), the JSON path stderr must name]. */
const cases: [string, string, unknown, string][] = [
  ['YAML instead of JSON', 'suite.yaml', 'name: s\ncases:\n  - name: c\n', 'suite.yaml'],
  ['truncated JSON', 'truncated.json', '{"name": "s", "cases": [', 'truncated.json'],
  ['an empty file', 'empty.json', '', 'empty.json'],
  ['a JSON array', 'array.json', [suite], '$'],
  ['a JSON string', 'string.json', '"just text"', '$'],
  ['no name', 'no-name.json', { ...suite, name: undefined }, 'name'],
  ['a numeric name', 'numeric-name.json', { ...suite, name: 5 }, 'name'],
  ['no cases', 'no-cases.json', { ...suite, cases: undefined }, 'cases'],
  ['empty cases', 'empty-cases.json', { ...suite, cases: [] }, 'cases'],
  ['cases as an object', 'cases-object.json', { ...suite, cases: { a: 1 } }, 'cases'],
  ['an unknown top-level key', 'unknown-key.json', { ...suite, reporter: 'junit' }, '$'],
  ['a seed in words', 'seed-words.json', { ...suite, seed: 'forty-two' }, 'seed'],
  ['a negative seed', 'seed-negative.json', { ...suite, seed: -1 }, 'seed'],
  ['a bad target', 'bad-target.json', { ...suite, target: 'ws://127.0.0.1' }, 'target'],
  ['timeScale zero', 'time-scale.json', { ...suite, timeScale: 0 }, 'timeScale'],
  ['a case that is a string', 'case-string.json', { ...suite, cases: ['ploomes Deals.Win'] }, 'cases.0'],
  ['a case without a name', 'case-no-name.json', withCase({ name: undefined }), 'cases.0.name'],
  ['a case name of 301 characters', 'case-long-name.json', withCase({ name: 'x'.repeat(301) }), 'cases.0.name'],
  ['a case without a provider', 'case-no-provider.json', withCase({ provider: undefined }), 'cases.0.provider'],
  ['a case with an unknown provider', 'case-unknown-provider.json', withCase({ provider: 'stripe' }), 'cases.0.provider'],
  ['a case with an unknown event', 'case-unknown-event.json', withCase({ event: 'Deals.Explode' }), 'cases.0.event'],
  ['a case path without a slash', 'case-path.json', withCase({ path: 'webhooks' }), 'cases.0.path'],
  ['a case with an unknown key', 'case-unknown-key.json', withCase({ retries: 3 }), 'cases.0'],
  ['a case status of 6xx', 'status-6xx.json', withCase({ expect: { status: '6xx' } }), 'cases.0.expect.status'],
  ['a case status of 42', 'status-42.json', withCase({ expect: { status: 42 } }), 'cases.0.expect.status'],
  ['an empty status list', 'status-empty.json', withCase({ expect: { status: [] } }), 'cases.0.expect.status'],
  ['a negative maxMs', 'max-ms.json', withCase({ expect: { maxMs: -1 } }), 'cases.0.expect.maxMs'],
  ['zero attempts', 'attempts.json', withCase({ expect: { attempts: 0 } }), 'cases.0.expect.attempts'],
  ['delivered "yes"', 'delivered.json', withCase({ expect: { delivered: 'yes' } }), 'cases.0.expect.delivered'],
  ['a header matcher with an empty regex', 'header-regex.json', withCase({ expect: { headers: { 'x-a': { regex: '' } } } }), 'cases.0.expect.headers.x-a'],
  ['an unknown expectation', 'unknown-expect.json', withCase({ expect: { json: {} } }), 'cases.0.expect'],
  ['a bad fault', 'bad-fault.json', withCase({ faults: { duplicate: 0 } }), 'cases.0.faults.duplicate'],
  ['an unknown fault', 'unknown-fault.json', withCase({ faults: { explode: true } }), 'cases.0.faults'],
  ['a bad retry schedule', 'bad-retry.json', withCase({ faults: { retry: '1s,,2s' } }), 'cases.0.faults.retry'],
  ['set as an array', 'set-array.json', withCase({ set: ['New.Name'] }), 'cases.0.set'],
  ['settings as a string', 'settings-string.json', withCase({ settings: 'v1' }), 'cases.0.settings'],
  ['a scenario case naming an unknown scenario', 'scenario-unknown.json', { ...suite, cases: [{ name: 'c', scenario: 'nope' }] }, 'cases.0.scenario'],
  ['a scenario case naming a file', 'scenario-file.json', { ...suite, cases: [{ name: 'c', scenario: '../../etc/passwd' }] }, 'cases.0.scenario'],
  ['an inline scenario without steps', 'scenario-no-steps.json', { ...suite, cases: [{ name: 'c', scenario: { name: 'x', description: 'd', provider: 'ploomes', steps: [] } }] }, 'cases.0.scenario.steps'],
  ['an inline scenario with an unknown event', 'scenario-bad-event.json', { ...suite, cases: [{ name: 'c', scenario: { name: 'x', description: 'd', provider: 'ploomes', steps: [{ event: 'Nope' }] } }] }, 'cases.0.scenario.steps.0.event'],
  ['a second case broken after a good one', 'second-case.json', { ...suite, cases: [suite.cases[0], { ...suite.cases[0], name: 'd', seed: 'x' }] }, 'cases.1.seed'],
];

describe('replay refuses malformed suites, naming the file and the JSON path', () => {
  const dir = tempDir('hookbench-bad-suites-');
  it.each(cases)('%s', async (_what, name, contents, path) => {
    writeFileSync(join(dir, name), typeof contents === 'string' ? contents : JSON.stringify(contents));
    const { code, stdout, stderr } = await cli(['replay', name], { cwd: dir, env });
    expect(stderr).toContain(name);
    expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
    expect(code, stderr).toBe(2);
  });

  it('refuses the whole run when one of several suites is broken, naming that one', async () => {
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify(suite));
    writeFileSync(join(dir, 'b-bad.json'), JSON.stringify(withCase({ event: 'Deals.Explode' })));
    const { code, stderr } = await cli(['replay', 'a-good.json', 'b-bad.json'], { cwd: dir, env });
    expect(stderr).toContain('b-bad.json');
    expect(stderr).not.toContain('a-good.json');
    expect(code).toBe(2);
  });
});
