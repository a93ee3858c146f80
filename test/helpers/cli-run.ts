/** @module The CLI run in-process with its stdout and stderr captured, as a user's terminal would show them. */
import { Writable } from 'node:stream';
import { run } from '../../server/cli/main.ts';
import { tempDir } from './test-server.ts';

export interface CliRun {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
  /** The working directory it ran in. */
  cwd: string;
}

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * In its own working directory (a fresh one by default), with `HOOKBENCH_PORT=1` unless `env` says
 * otherwise: nothing on this machine answers for hookbench there.
 */
export async function cli(argv: string[], { cwd = tempDir('hookbench-cli-'), env = {} }: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const out = capture();
  const err = capture();
  const code = await run(argv, { stdout: out.stream, stderr: err.stream, env: { HOOKBENCH_PORT: '1', ...env }, cwd });
  return { argv, code, stdout: out.text(), stderr: err.text(), cwd };
}
