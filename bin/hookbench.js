#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx hookbench` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../server/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
