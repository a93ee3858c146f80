/**
 * @module Threads that run one of hookbench's own modules, in whichever form the module starting them
 * runs: the bundle's .mjs (built beside hookbench.mjs, see `build:server`), the library's .js, or the
 * sources' .ts through tsx.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The module a thread runs, and tsx's ESM loader when that module is TypeScript. */
export interface WorkerEntry {
  entry: string;
  tsx?: string;
}

// Run only for the sources: registers tsx in the thread, then imports the module.
const tsxBootstrap = `
const { workerData } = require('node:worker_threads');
(async () => {
  (await import(workerData.tsx)).register();
  await import(workerData.entry);
})();
`;

/**
 * The module `name` beside `from` (the caller's `import.meta.url`), with the caller's extension.
 * @example moduleWorkerEntry('send-worker', import.meta.url) // …/send-worker.mjs in the bundle
 */
export function moduleWorkerEntry(name: string, from: string): WorkerEntry {
  const extension = /\.(m?js|ts)$/.exec(from)?.[0] ?? '.js';
  const entry = new URL(`./${name}${extension}`, from).href;
  return extension === '.ts' ? { entry, tsx: tsxEsmApi() } : { entry };
}

/** tsx's ESM register(), by file: `require.resolve` would give its CommonJS build, whose register() fails in a thread. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}

/**
 * Starts a thread running `entry`; `data` reaches it as `workerData` (beside `entry` and `tsx`).
 * @example startModuleWorker(moduleWorkerEntry('checkpoint-worker', import.meta.url), { path })
 */
export function startModuleWorker({ entry, tsx }: WorkerEntry, data: Record<string, unknown> = {}): Worker {
  const workerData = { ...data, entry, tsx };
  // A thread inherits node's flags, but `--input-type` (a server started by `node --input-type=module -e`)
  // would make the CommonJS below a module, and is refused outright for a file.
  const execArgv = process.execArgv.filter((flag, i, all) => !flag.startsWith('--input-type') && all[i - 1] !== '--input-type');
  // JavaScript runs as it is; only the sources need tsx registered first, by a few lines of CommonJS.
  return tsx ? new Worker(tsxBootstrap, { eval: true, workerData, execArgv }) : new Worker(new URL(entry), { workerData, execArgv });
}
