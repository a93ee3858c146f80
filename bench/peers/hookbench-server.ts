/** @module The parent's handle on hookbench's server process (bench/peers/hookbench-process.ts). */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

const root = fileURLToPath(new URL('../..', import.meta.url));
let bundled: Promise<string> | undefined;

/**
 * hookbench-process.ts as plain JavaScript, bundled as `npm start` bundles the server (esbuild,
 * packages external), so the figures are those of what users run rather than of tsx's transpile.
 * Written inside the repository, where the packages resolve; removed when the benchmark exits.
 */
function bundledProcess(): Promise<string> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(root, '.hookbench-bench-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    // The server's threads load their modules from beside the bundle, as from beside hookbench.mjs.
    const entryPoints = {
      'hookbench-process': fileURLToPath(new URL('./hookbench-process.ts', import.meta.url)),
      'send-worker': fileURLToPath(new URL('../../server/delivery/send-worker.ts', import.meta.url)),
      'checkpoint-worker': fileURLToPath(new URL('../../server/store/checkpoint-worker.ts', import.meta.url)),
    };
    await build({ entryPoints, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outdir: dir, outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
    return join(dir, 'hookbench-process.mjs');
  })();
  return bundled;
}

/**
 * @example const hb = await startHookbench({ target: receiver.url }); …; await hb.stop()
 */
export async function startHookbench(options: HookbenchProcessOptions): Promise<RunningHookbench> {
  const child = fork(await bundledProcess(), [JSON.stringify(options)], { cwd: root, stdio: 'inherit' });
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
