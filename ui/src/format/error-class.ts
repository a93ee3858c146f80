/** @module An attempt's outcome in a word a developer scans for: delivered, client error, timeout… */
import type { Attempt } from '../../../server/delivery/types.ts';

const byCode: Readonly<Record<string, string>> = {
  TIMEOUT: 'timeout',
  CONNECTION_REFUSED: 'connection refused',
  CONNECTION_RESET: 'connection reset',
  DNS: 'DNS failure',
  TLS: 'TLS failure',
  INVALID_HTTP: 'invalid HTTP',
  TOO_LARGE: 'response too large',
  INTERRUPTED: 'interrupted',
  DISCONNECTED: 'disconnected',
  NETWORK: 'network error',
  INTERNAL: 'hookbench error',
  CANCELLED: 'cancelled',
};

/**
 * @example errorClassOf({ response: { status: 503 } }) // 'server error'; errorClassOf({ error: { code: 'TIMEOUT' } }) // 'timeout'
 */
export function errorClassOf(a: Pick<Attempt, 'response' | 'error' | 'durationMs'>): string {
  if (a.error) return byCode[a.error.code] ?? a.error.code.toLowerCase();
  const status = a.response?.status;
  if (status === undefined) return a.durationMs === null ? 'in flight' : 'no response';
  if (status < 300) return 'delivered';
  if (status < 400) return 'redirect (not followed)';
  if (status === 429) return 'rate limited';
  if (status < 500) return 'client error';
  return 'server error';
}
