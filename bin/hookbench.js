#!/usr/bin/env node
// Runs the server bundle when it is newer than every source (`npm start` and `npm run build` make it):
// plain JavaScript generates and delivers about 1.4× faster than the TypeScript run through tsx, whose
// keepNames wraps every closure. Otherwise it runs the sources (tsx), so `npx hookbench` works right
// after `npm install` and an edited source is never shadowed by a stale bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/server-bundle/hookbench.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../server', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

// `hookbench events | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const fresh = process.env.HOOKBENCH_FROM_SOURCE !== '1' && existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(sources);
let run;
if (fresh) {
  ({ run } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('../server/cli/main.ts'));
}
process.exitCode = await run(process.argv.slice(2));
