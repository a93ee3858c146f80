/** @module Suite runs started through the API: in the background, progress announced, result stored. */
import { newId } from '../util/ids.ts';
import type { Message } from '../messages.ts';
import type { SuiteRunRecord } from '../store/suite-run-repository.ts';
import { assertRunnable, runSuites, type RunSuitesInput, type SuiteDeps } from './run-suites.ts';

export interface SuiteRunner {
  /** Validates, then starts; resolves with the run as it begins (progress follows over the WebSocket). */
  start(input: RunSuitesInput): SuiteRunRecord;
}

/**
 * @example const runner = createSuiteRunner({ ...bench, publish: bench.bus.publish })
 */
export function createSuiteRunner(deps: SuiteDeps & { publish(message: Message): void }): SuiteRunner {
  const { store } = deps;
  store.suiteRuns.markInterrupted();
  return {
    start(input) {
      assertRunnable(deps, input);
      const runId = newId('run');
      const run = store.suiteRuns.start({ runId, suites: input.suites.map((s) => s.suite.name) });
      runSuites(deps, {
        ...input,
        onCase: (c, done, total) =>
          deps.publish(
            store.messages.append('suite.progress', {
              runId,
              done,
              total,
              case: { suite: c.suite, name: c.name, status: c.status, durationMs: c.durationMs, failures: c.failures.map(({ path, message }) => ({ path, message })) },
            }),
          ),
      }).then(
        (result) => {
          store.suiteRuns.finish(runId, result);
          deps.publish(store.messages.append('suite.finished', { runId, durationMs: result.durationMs, totals: result.totals }));
        },
        (e: unknown) => store.suiteRuns.fail(runId, { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }),
      );
      return run;
    },
  };
}
