/**
 * @module The entity actions: `POST /Deals(<Id>)/Win|Lose|Reopen` and `POST /Tasks(<Id>)/Finish`,
 * with the same changes the webhook fixtures make (research §1.6 for the paths; refusing an action
 * on a record not in the right state is [inferred]).
 */
import type { JsonObject } from '../../../util/json.ts';
import type { PloomesAction, PloomesEntity } from '../ids.ts';
import { PloomesApiError } from './api-error.ts';

interface ActionSpec {
  entity: PloomesEntity;
  /** Why the record cannot take the action now; undefined when it can. */
  refuse(record: JsonObject): string | undefined;
  changes(input: { record: JsonObject; body: JsonObject; now: string; userId: number }): JsonObject;
}

const open = (verb: string) => (deal: JsonObject) => (deal.StatusId === 1 ? undefined : `only an open deal (StatusId 1) can be ${verb}; this one has StatusId ${JSON.stringify(deal.StatusId)}`);

export const entityActions: Partial<Record<PloomesAction, ActionSpec>> = {
  Win: { entity: 'Deals', refuse: open('won'), changes: ({ now }) => ({ StatusId: 2, FinishDate: now }) },
  Lose: {
    entity: 'Deals',
    refuse: open('lost'),
    changes: ({ body, now }) => ({ StatusId: 3, FinishDate: now, LossReasonId: typeof body.LossReasonId === 'number' ? body.LossReasonId : null }),
  },
  Reopen: {
    entity: 'Deals',
    refuse: (deal) => (deal.StatusId === 2 || deal.StatusId === 3 ? undefined : 'only a won or lost deal (StatusId 2 or 3) can be reopened'),
    changes: () => ({ StatusId: 1, FinishDate: null, LossReasonId: null }),
  },
  Finish: {
    entity: 'Tasks',
    refuse: (task) => (task.Finished === true ? 'this task is finished already' : undefined),
    changes: ({ now, userId }) => ({ Finished: true, FinisherId: userId, FinishDate: now }),
  },
};

/**
 * The action's changes to `record`, or a 404/400 naming what is wrong.
 * @example actionChanges('Deals', 'Win', { record: deal, body: {}, now, userId }) // { StatusId: 2, FinishDate: now }
 */
export function actionChanges(entity: PloomesEntity, action: string, input: { record: JsonObject; body: JsonObject; now: string; userId: number }): { action: PloomesAction; changes: JsonObject } {
  const spec = entityActions[action as PloomesAction];
  if (!spec || spec.entity !== entity) {
    const known = Object.entries(entityActions).filter(([, s]) => s.entity === entity).map(([name]) => name);
    throw new PloomesApiError(404, `${entity} has no action '${action}'${known.length > 0 ? `; it has ${known.join(', ')}` : ''}`);
  }
  const refusal = spec.refuse(input.record);
  if (refusal) throw new PloomesApiError(400, refusal);
  return { action: action as PloomesAction, changes: spec.changes(input) };
}
