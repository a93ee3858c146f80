/** @module Errors as values: a stable code, a message that says what to do next, and the input path. */

/** Every code a face may map to an HTTP status or an exit code. */
export const ErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_JSON: 'INVALID_JSON',
  UNKNOWN_PROVIDER: 'UNKNOWN_PROVIDER',
  UNKNOWN_EVENT: 'UNKNOWN_EVENT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  INVALID_TEMPLATE: 'INVALID_TEMPLATE',
  INVALID_CONFIG: 'INVALID_CONFIG',
  FORBIDDEN_HOST: 'FORBIDDEN_HOST',
  FORBIDDEN_ORIGIN: 'FORBIDDEN_ORIGIN',
  UNAUTHORIZED: 'UNAUTHORIZED',
  NO_TARGET: 'NO_TARGET',
  /** Too much is waiting to be sent: try again later (HTTP 429). */
  BUSY: 'BUSY',
  STORE_ERROR: 'STORE_ERROR',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one error type hookbench throws on purpose.
 * @example throw new HookbenchError('UNKNOWN_EVENT', 'unknown event "x" for ploomes', { path: 'event' })
 */
export class HookbenchError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  constructor(code: ErrorCode, message: string, options: { path?: string | undefined; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'HookbenchError';
    this.code = code;
    this.path = options.path;
  }

  toJSON(): { code: ErrorCode; message: string; path?: string } {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

export const isHookbenchError = (e: unknown): e is HookbenchError => e instanceof HookbenchError;

/** Lists at most `max` names so "known: …" hints stay readable for catalogues of 70 events. */
export function listNames(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown}, … (${names.length} in all)` : shown;
}
