/** @module The parent's handle on hookbench's server process (bench/peers/hookbench-process.ts). */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProviderConfig } from '../../server/workbench.ts';

export interface HookbenchProcessOptions {
  /** Where deliveries go when none is named. */
  target?: string;
  providers?: Record<string, ProviderConfig>;
}

export type HookbenchReport = { type: 'listening'; url: string; port: number };

export interface RunningHookbench {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * @example const hb = await startHookbench({ target: receiver.url }); …; await hb.stop()
 */
export async function startHookbench(options: HookbenchProcessOptions): Promise<RunningHookbench> {
  // `--import tsx` resolves from the child's working directory: the repository, where tsx is installed.
  const child = fork(fileURLToPath(new URL('./hookbench-process.ts', import.meta.url)), [JSON.stringify(options)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: HookbenchReport) => resolve(m.url));
    void exited.then(() => reject(new Error(`hookbench's server process exited (${child.exitCode ?? child.signalCode}) before listening`)));
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.connected) child.send({ type: 'close' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
