/**
 * @module Plausible `changeSource` values per action. HubSpot's docs and captures show CRM, CRM_UI,
 * API, INTEGRATION, IMPORT and AUTOMATION (research §2.3); which action comes from which is inferred.
 * Repeats weight the draw: most changes are made in the CRM UI.
 */
import type { HubSpotAction } from './subscription-types.ts';

export const changeSources: Readonly<Record<HubSpotAction, readonly string[]>> = {
  creation: ['CRM_UI', 'CRM_UI', 'API', 'INTEGRATION', 'IMPORT', 'AUTOMATION'],
  deletion: ['CRM_UI', 'CRM_UI', 'API', 'INTEGRATION', 'AUTOMATION'],
  privacyDeletion: ['CRM_UI', 'API'],
  propertyChange: ['CRM_UI', 'CRM_UI', 'CRM_UI', 'API', 'INTEGRATION', 'IMPORT', 'AUTOMATION'],
  merge: ['CRM_UI', 'CRM_UI', 'API'],
  restore: ['CRM_UI', 'API'],
  associationChange: ['CRM_UI', 'CRM_UI', 'API', 'INTEGRATION', 'AUTOMATION'],
  newMessage: ['CRM_UI', 'API'],
};

/** The one source that carries a `sourceId` (`userId:<id>`, as captured requests show). */
export const userChangeSource = 'CRM_UI';
