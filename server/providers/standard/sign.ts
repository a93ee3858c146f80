/**
 * @module Signs one Standard Webhooks attempt: `webhook-id` (the delivery's event id, the same on every
 * retry), `webhook-timestamp` (the attempt's clock, in seconds) and `webhook-signature` (one entry per
 * key set and scheme, space-separated).
 */
import { HookbenchError } from '../../errors.ts';
import type { SignContext } from '../types.ts';
import { keySetsOf, type StandardCredentials } from './credentials.ts';
import { standardHeaderNames, type WebhookHeaderNames } from './headers.ts';
import type { SignatureScheme } from './settings.ts';
import { signedContent, signV1, signV1a } from './signatures.ts';

export interface SignStandardInput extends Pick<SignContext<unknown, StandardCredentials>, 'request' | 'eventId' | 'credentials' | 'now'> {
  settings: { signatures: readonly SignatureScheme[] };
  names?: WebhookHeaderNames;
}

/**
 * @example signStandard({ request, eventId: 'msg_…', credentials, now, settings: { signatures: ['v1'] } })
 * // { 'webhook-id': 'msg_…', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,…' }
 */
export function signStandard({ request, eventId, credentials, now, settings, names = standardHeaderNames }: SignStandardInput): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const content = signedContent({ id: eventId, timestamp, body: request.body ?? '' });
  const entries = keySetsOf(credentials).flatMap((keys, i) =>
    settings.signatures.flatMap((scheme) => {
      if (scheme === 'v1') return [signV1(keys.secret, content)];
      if (keys.ed25519) return [signV1a(keys.ed25519.secretKey, content)];
      if (i > 0) return []; // a previous set from before v1a was used has no key pair: nothing to add.
      throw new HookbenchError(
        'INVALID_CONFIG',
        'standard: v1a signatures are on in the settings, but the credentials have no ed25519 key pair; add "ed25519": {"secretKey": "whsk_…", "publicKey": "whpk_…"} to them, or regenerate them (generated credentials include one)',
        { path: 'credentials.ed25519' },
      );
    }),
  );
  return { [names.id]: eventId, [names.timestamp]: String(timestamp), [names.signature]: entries.join(' ') };
}
