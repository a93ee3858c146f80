/**
 * @module Renders a fixture in two steps: the record as it was (vars, then record), then a trigger's
 * changes over it. The steps may use different fakers: an event's record comes from its uid (every
 * guest of the event sees the same event), its changes from the delivery's seed.
 */
import { render, renderScoped, templateFor, type TemplateContext } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { recordVar, type IdloomFixture, type TriggerSpec } from './fixture-schema.ts';

export interface RenderedBase {
  /** The rendered vars, for the changes step. */
  vars: JsonObject;
  record: JsonObject;
}

/**
 * @example renderBase(fixture, context).record.uid
 */
export function renderBase(fixture: IdloomFixture, context: TemplateContext): RenderedBase {
  // The vars come back as the scope the record saw, for the changes step to see them too.
  const { value, scope } = renderScoped(baseTemplate(fixture), context);
  return { vars: scope, record: object(value.record, context.source, '$.record') };
}

/**
 * The record after the trigger: its changes rendered (seeing the vars and `$record`) and written over it.
 * @example applyChanges(base, fixture.triggers.update, context) // { ...record, updated_at: <now>, … }
 */
export function applyChanges(base: RenderedBase, spec: TriggerSpec, context: TemplateContext): JsonObject {
  if (!spec.changes) return base.record;
  // The rendered values are variables of this step, as they are: they are not templates any more.
  const rendered = object(render(changesTemplate(spec.changes), context, { ...base.vars, [recordVar]: base.record }), context.source, '$');
  return { ...base.record, ...object(rendered.changes, context.source, '$.changes') };
}

const baseTemplate = templateFor((fixture: IdloomFixture): JsonObject => ({ $vars: fixture.vars ?? {}, record: fixture.record }));

const changesTemplate = templateFor((changes: JsonObject): JsonObject => ({ changes }));

function object(value: JsonValue | undefined, source: string, path: string): JsonObject {
  if (isJsonObject(value)) return value;
  throw new HookbenchError('INVALID_TEMPLATE', `${source} at ${path}: renders to ${JSON.stringify(value)}, not an object`, { path });
}
