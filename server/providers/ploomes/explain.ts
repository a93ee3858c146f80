/**
 * @module Explains how a recorded Ploomes attempt was authenticated: no signature, the webhook's
 * ValidationKey echoed in `X-Ploomes-Validation-Key`.
 */
import type { ExplainContext, SignatureExplanation } from '../types.ts';
import type { PloomesCredentials } from './credentials.ts';
import type { PloomesSettings } from './settings.ts';
import { validationKeyHeader } from './sign.ts';
import { quote } from '../explain-snippets.ts';

/**
 * Undefined when the attempt carried no validation key (a webhook without one, or `signature=missing`).
 * @example explainPloomes({ request, credentials, settings }).headers[0] // { name: 'X-Ploomes-Validation-Key', value: 'q3J1…', computedAs: … }
 */
export function explainPloomes({
  request,
  settings,
}: Pick<ExplainContext<PloomesCredentials, Pick<PloomesSettings, 'validationKey'> | undefined>, 'request' | 'settings'>): SignatureExplanation | undefined {
  const sent = Object.entries(request.headers).find(([name]) => name.toLowerCase() === validationKeyHeader.toLowerCase());
  if (!sent) return undefined;
  const [name, value] = sent;
  // A webhook registered through the mock API carries its own key (settings), not the workbench's credential.
  const ownKey = settings?.validationKey !== undefined;
  return {
    scheme: 'validation-key',
    summary:
      `No signature: Ploomes sends back the ValidationKey given when the webhook was registered, in ${name}, on every delivery. Compare it with yours in constant time; nothing is timestamped, so there is no replay window to check.` +
      (ownKey ? " This webhook was registered with its own key (settings.validationKey), which replaces the workbench's credential." : ''),
    headers: [{ name, value, computedAs: ownKey ? "the webhook's own validation key (settings.validationKey), sent as is" : 'the validation key, sent as is' }],
    keys: ownKey ? [] : [{ label: 'validation key', credential: 'validationKey' }],
    snippet: snippet(name.toLowerCase()),
  };
}


function snippet(header: string): string {
  return `import { timingSafeEqual } from 'node:crypto';

/** keys.validationKey: as \`hookbench credentials ploomes\` prints it. Header names lower-case, as Node gives them. */
export function isFromPloomes(req: { headers: Record<string, string | undefined> }, keys: { validationKey: string }): boolean {
  const got = Buffer.from(req.headers[${quote(header)}] ?? '', 'utf8');
  const expected = Buffer.from(keys.validationKey, 'utf8');
  return got.length === expected.length && timingSafeEqual(got, expected);
}

// then: const body = JSON.parse(rawBody); dedupe on AccountId, Entity, New/Old Id, Action and LastUpdateDate.
`;
}
