/**
 * @module What an action does to a record: the state before it and the state after it.
 *
 * The fixture renders the record as it was before the event. Create has no before; Delete no after.
 * Every other action stamps the record (LastUpdateDate = the event time, UpdaterId = the acting
 * user) and applies the fixture's `changes`; its `before` values (and, for Update, one to three
 * `$previous` values) make up the earlier state.
 */
import type { Faker } from '@faker-js/faker';
import type { JsonObject } from '../../util/json.ts';
import { jsonEqual } from '../../util/json-equal.ts';
import type { PloomesAction } from './ids.ts';

export interface TransitionInput {
  action: PloomesAction;
  /** The record before the event, as rendered (without `$previous`). */
  record: JsonObject;
  /** Earlier values of the fields an Update may change. */
  previous: JsonObject;
  changes: JsonObject;
  before: JsonObject;
  /** The event time, formatted as Ploomes writes dates. */
  now: string;
  actionUserId: number;
  faker: Faker;
}

export interface Transition {
  before: JsonObject | null;
  after: JsonObject | null;
}

/** Update changes at most this many fields (plus LastUpdateDate and UpdaterId). */
const maxUpdatedFields = 3;

/**
 * @example transition({ action: 'Delete', record, ... }) // { before: record, after: null }
 */
export function transition(input: TransitionInput): Transition {
  const { action, record, changes, now, actionUserId } = input;
  switch (action) {
    case 'Create': {
      // Ploomes leaves UpdaterId null until a record's first update (recorded REST responses).
      const created = stamp(record, { CreateDate: now, LastUpdateDate: now, CreatorId: actionUserId, UpdaterId: null });
      return { before: null, after: { ...created, ...changes } };
    }
    case 'Delete':
      return { before: record, after: null };
    case 'Update':
      return { before: { ...record, ...pickPrevious(input), ...input.before }, after: updated(record, changes, now, actionUserId) };
    default:
      return { before: { ...record, ...input.before }, after: updated(record, changes, now, actionUserId) };
  }
}

function updated(record: JsonObject, changes: JsonObject, now: string, actionUserId: number): JsonObject {
  return { ...stamp(record, { LastUpdateDate: now, UpdaterId: actionUserId }), ...changes };
}

/** Writes only the fields the record has: not every entity has a CreatorId. */
function stamp(record: JsonObject, fields: JsonObject): JsonObject {
  const out = { ...record };
  for (const key of Object.keys(fields)) if (key in out) out[key] = fields[key]!;
  return out;
}

/** One to three `$previous` fields whose earlier value really differs from the current one. */
function pickPrevious({ record, previous, faker }: TransitionInput): JsonObject {
  const candidates = Object.keys(previous).filter((k) => !jsonEqual(previous[k], record[k]));
  if (candidates.length === 0) return {};
  const count = faker.number.int({ min: 1, max: Math.min(maxUpdatedFields, candidates.length) });
  const picked = faker.helpers.arrayElements(candidates, count);
  // Assigned, not Object.fromEntries (a third of this function's time): fixture keys are never
  // "__proto__" (parseJson refuses it), the one key where assigning and defining differ.
  const out: JsonObject = {};
  for (const key of picked) out[key] = previous[key] ?? null;
  return out;
}
