/** @module JUnit XML, the shape GitLab, GitHub Actions reporters and Jenkins read. */
import type { CaseResult, SuiteRunResult } from '../run-suites.ts';

const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * @example writeFileSync('report.xml', junitReport(result))
 */
export function junitReport(result: SuiteRunResult): string {
  const { totals } = result;
  const suites = result.suites.map((suite) => {
    const count = (status: CaseResult['status']) => suite.cases.filter((c) => c.status === status).length;
    const time = suite.cases.reduce((sum, c) => sum + c.durationMs, 0);
    return [
      `  <testsuite name="${escape(suite.name)}" tests="${suite.cases.length}" failures="${count('failed')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(time)}" timestamp="${result.startedAt.replace(/\.\d+Z$/, '')}" file="${escape(suite.file)}">`,
      ...suite.cases.map((c) => testcase(suite.name, c)),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hookbench" tests="${totals.cases}" failures="${totals.failed}" errors="${totals.errors}" skipped="${totals.skipped}" time="${seconds(result.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(suite: string, c: CaseResult): string {
  const open = `    <testcase name="${escape(c.name)}" classname="${escape(suite)}" time="${seconds(c.durationMs)}" file="${escape(c.file)}">`;
  const details = c.deliveries.map((d) => `${d.id}: ${d.status}, ${d.attempts} attempt(s), last ${d.lastStatus ?? d.lastError ?? '—'}`).join('\n');
  if (c.status === 'skipped') return `${open}\n      <skipped message="not run: an earlier case failed and --bail was given"/>\n    </testcase>`;
  if (c.status === 'error') return `${open}\n      <error message="${escape(c.error?.message ?? 'error')}" type="${escape(c.error?.code ?? 'ERROR')}"/>\n    </testcase>`;
  if (c.status === 'failed') {
    const [first] = c.failures;
    const message = first ? `${first.path}: ${first.message}` : 'failed';
    const body = [...c.failures.map((f) => `${f.path}: ${f.message} (${f.deliveryId})`), '', details].join('\n');
    return `${open}\n      <failure message="${escape(message)}" type="${escape(first?.path ?? 'expect')}">${escape(body)}</failure>\n    </testcase>`;
  }
  return `${open}\n      <system-out>${escape(details)}</system-out>\n    </testcase>`;
}
