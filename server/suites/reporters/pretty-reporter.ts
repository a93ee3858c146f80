/** @module The readable report: a line per case as it finishes (stderr), then failures and totals (stdout). */
import type { CaseResult, SuiteRunResult } from '../run-suites.ts';

const marks: Record<CaseResult['status'], string> = { passed: '✓', failed: '✗', error: '!', skipped: '-' };

/** One progress line for a finished case. */
export function caseLine(result: CaseResult, done: number, total: number): string {
  const counter = `[${String(done).padStart(String(total).length)}/${total}]`;
  const detail = result.status === 'failed' ? `  ${result.failures[0]?.path}: ${result.failures[0]?.message}` : result.status === 'error' ? `  ${result.error?.message}` : '';
  return `${counter} ${marks[result.status]} ${result.suite} › ${result.name} (${result.durationMs} ms)${detail}`;
}

export function prettyReport(result: SuiteRunResult): string {
  const lines: string[] = [];
  const bad = result.suites.flatMap((s) => s.cases).filter((c) => c.status === 'failed' || c.status === 'error');
  for (const c of bad) {
    lines.push(`${marks[c.status]} ${c.suite} › ${c.name}  (${c.file}, case ${c.index})`);
    for (const f of c.failures) lines.push(`    ${f.path}: ${f.message}  [${f.deliveryId}]`);
    if (c.error) lines.push(`    ${c.error.code}: ${c.error.message}`);
  }
  const { totals } = result;
  const shard = result.shard ? ` (shard ${result.shard.index}/${result.shard.total})` : '';
  if (bad.length) lines.push('');
  lines.push(
    `${totals.failed + totals.errors === 0 ? 'PASS' : 'FAIL'}  ${totals.passed} passed, ${totals.failed} failed` +
      `${totals.errors ? `, ${totals.errors} errors` : ''}${totals.skipped ? `, ${totals.skipped} skipped` : ''} — ${totals.cases} cases in ${result.durationMs} ms${shard}`,
  );
  return `${lines.join('\n')}\n`;
}
