/** @module Names a failed attempt for what the receiver or the network did. */
import type { AttemptError, AttemptErrorCode } from './types.ts';

const byErrno: Record<string, AttemptErrorCode> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ECONNRESET: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_RESET',
  ECONNABORTED: 'CONNECTION_RESET',
  ENOTFOUND: 'DNS',
  EAI_AGAIN: 'DNS',
  EAI_FAIL: 'DNS',
  ETIMEDOUT: 'TIMEOUT',
  EHOSTUNREACH: 'NETWORK',
  ENETUNREACH: 'NETWORK',
  EADDRNOTAVAIL: 'NETWORK',
};

const hints: Partial<Record<AttemptErrorCode, string>> = {
  CONNECTION_REFUSED: 'nothing is listening there: is your receiver running on that port?',
  CONNECTION_RESET: 'the receiver closed the connection before answering',
  DNS: 'the host name does not resolve',
  TLS: 'the TLS handshake failed',
  INVALID_HTTP: 'the receiver answered with something that is not valid HTTP',
};

/**
 * @example classifyError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'http://127.0.0.1:1/')
 * // { code: 'CONNECTION_REFUSED', message: 'connect ECONNREFUSED (…): nothing is listening there: …' }
 */
export function classifyError(error: unknown, url: string): AttemptError {
  const errno = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const code = codeFor(errno);
  const detail = error instanceof Error ? error.message : String(error);
  const hint = hints[code];
  return { code, message: `${detail} (${hostOf(url)})${hint ? `: ${hint}` : ''}` };
}

function codeFor(errno: string): AttemptErrorCode {
  const known = byErrno[errno];
  if (known) return known;
  if (errno.startsWith('HPE_')) return 'INVALID_HTTP';
  if (errno.startsWith('ERR_TLS') || errno.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(errno)) return 'TLS';
  return 'NETWORK';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
