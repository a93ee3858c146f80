/**
 * @module Ploomes' webhook authentication: no signature, just the registration's ValidationKey
 * echoed in a header on every delivery (every receiver found checks it: research §1.4).
 */
import type { SignContext } from '../types.ts';
import type { PloomesCredentials } from './credentials.ts';

export const validationKeyHeader = 'X-Ploomes-Validation-Key';

/**
 * @example signPloomes({ credentials: { validationKey: 'k', userKey: 'u' }, ... }) // { 'X-Ploomes-Validation-Key': 'k' }
 */
export function signPloomes({ credentials }: Pick<SignContext<unknown, PloomesCredentials>, 'credentials'>): Record<string, string> {
  // A webhook registered without a ValidationKey sends no header [inferred].
  return credentials.validationKey === '' ? {} : { [validationKeyHeader]: credentials.validationKey };
}
