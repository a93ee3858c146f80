/** @module Writes the published JSON Schemas (schema/*.schema.json) from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { configSchema } from '../server/config/config-schema.ts';
import { scenarioSchema } from '../server/scenarios/scenario-schema.ts';
import { suiteSchema } from '../server/suites/suite-schema.ts';

/** The JSON Schema of hookbench.config.json, as editors read it through `$schema`. */
export function configJsonSchema(): object {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'hookbench.config.json',
  };
}

/** The JSON Schema of a scenario file (fixtures/scenarios/*.json). */
export function scenarioJsonSchema(): object {
  return { ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }), title: 'hookbench scenario' };
}

/** The JSON Schema of a replay suite (fixtures/suites/*.json). */
export function suiteJsonSchema(): object {
  return { ...z.toJSONSchema(suiteSchema, { io: 'input', unrepresentable: 'any' }), title: 'hookbench replay suite' };
}

export const schemaFiles: Record<string, () => object> = {
  'schema/config.schema.json': configJsonSchema,
  'schema/scenario.schema.json': scenarioJsonSchema,
  'schema/suite.schema.json': suiteJsonSchema,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, make] of Object.entries(schemaFiles)) {
    writeFileSync(new URL(`../${file}`, import.meta.url), `${JSON.stringify(make(), null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
}
