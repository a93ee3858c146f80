/**
 * @module Vitest global setup: builds the inspector once per run, with the repo's vite.config.ts,
 * into a directory of its own, and provides it to tests as `inject('uiDir')`.
 *
 * Not into dist/ui: engineers and CI run suites side by side in one tree, and a build emptying
 * dist/ui would pull the files from under another run's server mid-test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built inspector, with a trailing slash (as startServer's `uiDir` wants it). */
    uiDir: string;
  }
}

export default async function buildUi(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'hookbench-ui-build-'));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('uiDir', `${outDir}/`);
  return () => rmSync(outDir, { recursive: true, force: true });
}
