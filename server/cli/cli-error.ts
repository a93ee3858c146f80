/** @module The one place the CLI turns errors into a message on stderr and an exit code. */
import { isHookbenchError, type ErrorCode } from '../errors.ts';

/** 2: the input was wrong (fix the command). 1: everything else that failed. */
const badInput: readonly ErrorCode[] = [
  'INVALID_INPUT',
  'INVALID_JSON',
  'INVALID_CONFIG',
  'INVALID_TEMPLATE',
  'UNKNOWN_PROVIDER',
  'UNKNOWN_EVENT',
  'NO_TARGET',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
];

export function exitCodeFor(error: unknown): number {
  return isHookbenchError(error) && badInput.includes(error.code) ? 2 : 1;
}

export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const message = isHookbenchError(error)
    ? `${error.message}${error.path && !error.message.includes(error.path) ? ` (at ${error.path})` : ''}`
    : error instanceof Error
      ? error.message
      : String(error);
  stderr.write(`hookbench: ${message}\n`);
  return exitCodeFor(error);
}
