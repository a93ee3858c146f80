/** @module A scenario: a provider's events in sequence, as data (`fixtures/scenarios/*.json`). */
import { z } from 'zod';
import { parseDuration } from '../util/duration.ts';
import { jsonValueSchema } from '../util/json.ts';

const duration = z.union([
  z.number().int().nonnegative(),
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration: write 250ms, 2s, 5m or 1h` });
      return z.NEVER;
    }
    return ms;
  }),
]);

const probability = z.number().min(0).max(1);

export const scenarioStepSchema = z
  .object({
    event: z.string().min(1),
    /** Wait this long after the previous step (real time; timeScale applies). */
    after: duration.default(0),
    /**
     * Overrides like --set; a string value "{{steps.N.PATH}}" copies PATH from step N's payload, so ids
     * can be carried between steps a seed does not already tie together.
     */
    set: z.record(z.string().min(1), jsonValueSchema).default({}),
    /** The step's own name in reports (defaults to the event). */
    name: z.string().min(1).optional(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a lower-case name like "ploomes-deal-won"'),
    description: z.string().min(1),
    provider: z.string().min(1),
    steps: z.array(scenarioStepSchema).min(1).max(1000),
    /** Seeded misbehaviour: the same seed gives the same chaos. */
    chaos: z
      .object({
        /** Deliver the steps in a shuffled order (each keeps its own timestamp in the payload). */
        reorder: z.boolean().default(false),
        /** Chance that a step is delivered twice. */
        duplicates: probability.default(0),
        /** Chance that a step is never delivered, as a provider losing an event. */
        drops: probability.default(0),
      })
      .strict()
      .default({ reorder: false, duplicates: 0, drops: 0 }),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
