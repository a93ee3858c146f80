/** @module The hookbench command line: one module per command, errors mapped to exit codes in one place. */
import { reportError } from './cli-error.ts';
import { processIo, type Io } from './cli-context.ts';
import { credentials } from './commands/credentials.ts';
import { exportCommand } from './commands/export.ts';
import { events } from './commands/events.ts';
import { sample } from './commands/sample.ts';
import { replay } from './commands/replay.ts';
import { scenario } from './commands/scenario.ts';
import { serve } from './commands/serve.ts';
import { trigger } from './commands/trigger.ts';
import { version } from '../version.ts';

const commands: Record<string, (argv: string[], io: Io) => Promise<number>> = { serve, events, sample, trigger, scenario, replay, export: exportCommand, credentials };

const usage = `hookbench ${version}: a workbench for webhook receivers

Usage: hookbench <command> [options]

  serve         start the workbench (inspector, sink, API) on http://127.0.0.1:4400
  events        list providers' events
  sample        print an event's payload without sending it
  trigger       send one event to a receiver
  scenario      play a provider's events in sequence (hookbench scenario --list)
  replay        run replay suites against a receiver: contract tests for CI
  export        write recorded deliveries as HAR, NDJSON or curl (credentials redacted)
  credentials   print what a receiver needs to verify deliveries

Run hookbench <command> --help for its options.`;

/** Runs one command line and returns its exit code (tests call this without spawning). */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') return (io.stdout.write(`${version}\n`), 0);
  const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!handler) {
    io.stderr.write(`hookbench: unknown command "${command}"; known: ${Object.keys(commands).join(', ')}\n\n${usage}\n`);
    return 2;
  }
  try {
    return await handler(rest, io);
  } catch (e) {
    return reportError(e, io.stderr);
  }
}
