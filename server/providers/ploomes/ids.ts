/**
 * @module Ploomes' EntityId and ActionId numbers, in one table, since sources disagree on some.
 *
 * Each Ploomes webhook is registered for one (EntityId, ActionId) pair (`POST /Webhooks`); the
 * delivered body names them as words instead (`"Entity": "Deals"`, `"Action": "Win"`). Users can
 * override any number through the provider's settings (`entityIds`, `actionIds`). Sources:
 * ../shared/providers/ploomes-hubspot.md §1.2.
 */

/** Entities in the plural form the payload's `Entity` carries, in catalogue order. */
export const ploomesEntities = ['Contacts', 'Deals', 'Orders', 'Products', 'Quotes', 'Tasks'] as const;
export type PloomesEntity = (typeof ploomesEntities)[number];

/** Actions in catalogue order: the three every entity has, then the entity-specific ones. */
export const ploomesActions = ['Create', 'Update', 'Delete', 'Win', 'Lose', 'Reopen', 'Finish'] as const;
export type PloomesAction = (typeof ploomesActions)[number];

export const defaultEntityIds: Readonly<Record<PloomesEntity, number>> = {
  Contacts: 1, // help-centre example ("sempre que um Cliente for atualizado") [primary]
  Deals: 2, // recorded Deal attachments carry EntityId 2; several integrators [3p-code]
  Orders: 4, // two codebases filter Fields by EntityId 4 for Orders [3p-code]
  Products: 7, // one source only [unverified]
  Quotes: 8, // one source only [unverified]
  Tasks: 12, // two sources [unverified]
};

export const defaultActionIds: Readonly<Record<PloomesAction, number>> = {
  Create: 1, // consistent across sources [3p-code]
  Update: 2, // help-centre example [primary]
  Delete: 3, // consistent across sources [3p-code]
  // CONFLICT: one codebase says Win=4, Lose=5 "confirmados via GET /Webhooks@Actions"; an internal
  // guide says Win=5, Lose=6, Reopen=7. We follow the one that says it asked the API.
  Win: 4,
  Lose: 5,
  Reopen: 6, // follows Win/Lose above [inferred]
  Finish: 7, // NOT FOUND: the help article names the action (Tasks) without its id [inferred]
};

/** How sure we are of each default ActionId (legend of the research file). */
export const actionIdConfidence: Readonly<Record<PloomesAction, 'primary' | '3p-code' | 'conflict' | 'inferred'>> = {
  Create: '3p-code',
  Update: 'primary',
  Delete: '3p-code',
  Win: 'conflict',
  Lose: 'conflict',
  Reopen: 'inferred',
  Finish: 'inferred',
};

export interface PloomesIdTable {
  entities: Readonly<Record<PloomesEntity, number>>;
  actions: Readonly<Record<PloomesAction, number>>;
}

export const defaultIdTable: PloomesIdTable = { entities: defaultEntityIds, actions: defaultActionIds };

export const isPloomesEntity = (name: string): name is PloomesEntity => (ploomesEntities as readonly string[]).includes(name);
export const isPloomesAction = (name: string): name is PloomesAction => (ploomesActions as readonly string[]).includes(name);

/**
 * The action catalogue as `GET /Webhooks@Actions` could serve it (row shape inferred: §1.2).
 * @example webhookActionRows(defaultIdTable)[0] // { Id: 1, Name: 'Create' }
 */
export function webhookActionRows(table: PloomesIdTable): { Id: number; Name: PloomesAction }[] {
  return ploomesActions.map((name) => ({ Id: table.actions[name], Name: name }));
}
