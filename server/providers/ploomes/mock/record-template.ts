/**
 * @module What a record created through the API starts from: every property a seeded record of the
 * set has, null (navigation arrays empty), plus the defaults Ploomes fills in [inferred].
 */
import type { JsonObject } from '../../../util/json.ts';
import { fixedDataClock } from '../../../generate/fixed-clock.ts';
import type { PloomesEntity } from '../ids.ts';
import { ploomesSettingsSchema } from '../settings.ts';
import { createDefaults, documentedFields } from './entity-fields.ts';
import { navigations } from './entity-types.ts';
import { generateRecord } from './seed-records.ts';

const templates = new Map<PloomesEntity, JsonObject>();

/**
 * @example recordTemplate('Deals').StatusId // 1
 */
export function recordTemplate(entity: PloomesEntity): JsonObject {
  let template = templates.get(entity);
  if (!template) {
    // The fixture's properties (any seed: every branch has the same), then the documented ones.
    const sample = generateRecord(entity, 0, fixedDataClock, ploomesSettingsSchema.parse({}));
    template = {};
    for (const key of [...Object.keys(sample), ...documentedFields[entity]]) {
      template[key] = navigations[entity][key]?.kind === 'many' ? [] : null;
    }
    Object.assign(template, createDefaults[entity]);
    templates.set(entity, template);
  }
  return structuredClone(template);
}
