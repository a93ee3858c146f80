/** @module The mock context with Ploomes' credentials and settings, and who "the API user" is. */
import type { MockContext } from '../../mock-types.ts';
import type { PloomesCredentials } from '../credentials.ts';
import type { PloomesSettings } from '../settings.ts';

export type PloomesMockContext = MockContext<PloomesCredentials, PloomesSettings>;

/**
 * The user the User-Key belongs to: whoever registered the webhooks (an integration user), so writes
 * made through the mock carry `ActionUserId`, `CreatorId`/`UpdaterId` = `webhookCreatorId` [inferred].
 */
export const apiUserOf = (settings: PloomesSettings): number => settings.webhookCreatorId;
