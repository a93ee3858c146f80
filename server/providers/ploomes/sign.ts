/**
 * @module Ploomes' webhook authentication: no signature, just the registration's ValidationKey
 * echoed in a header on every delivery (every receiver found checks it: research §1.4).
 */
import type { SignContext } from '../types.ts';
import type { PloomesCredentials } from './credentials.ts';
import type { PloomesSettings } from './settings.ts';

export const validationKeyHeader = 'X-Ploomes-Validation-Key';

/**
 * The webhook's own ValidationKey (`settings.validationKey`, set per registration by the mock API)
 * wins over the workbench's credential.
 * @example signPloomes({ credentials: { validationKey: 'k', userKey: 'u' }, settings: {} }) // { 'X-Ploomes-Validation-Key': 'k' }
 */
export function signPloomes({
  credentials,
  settings,
}: Pick<SignContext<Pick<PloomesSettings, 'validationKey'> | undefined, PloomesCredentials>, 'credentials' | 'settings'>): Record<string, string> {
  const key = settings?.validationKey ?? credentials.validationKey;
  // A webhook registered without a ValidationKey sends no header [inferred].
  return key === '' ? {} : { [validationKeyHeader]: key };
}
