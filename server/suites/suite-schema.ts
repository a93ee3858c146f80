/** @module A replay suite (`fixtures/suites/*.json`): contract cases for a receiver, as data (CONTRACT.md). */
import { z } from 'zod';
import { seedSchema, settingsOverridesSchema, targetSchema, timeScaleSchema } from '../delivery/delivery-input.ts';
import { faultsSchema } from '../delivery/faults.ts';
import { scenarioSchema } from '../scenarios/scenario-schema.ts';
import { jsonValueSchema } from '../util/json.ts';

/** `200`, `"2xx"`, `[200, 202]` or `["2xx", 409]`. */
const statusPattern = z.union([
  z.number().int().min(100).max(599),
  z.string().regex(/^[1-5]xx$|^[1-5]\d\d$/, 'a status like 200 or a class like "2xx"'),
]);
export const statusExpectation = z.union([statusPattern, z.array(statusPattern).min(1)]);

/** A text expectation: the exact value, or `{"regex": "…"}`. */
const textMatcher = z.union([z.string(), z.object({ regex: z.string().min(1) }).strict()]);

export const expectationSchema = z
  .object({
    /** The receiver's answer to the last attempt of each delivery. */
    status: statusExpectation.optional(),
    /** The last attempt took at most this long. */
    maxMs: z.number().positive().optional(),
    /** Response headers (names case-insensitive), each exact or by regex. */
    headers: z.record(z.string().min(1), textMatcher).optional(),
    /** The response body as JSON contains this (objects by subset, arrays element by element). */
    body: jsonValueSchema.optional(),
    /** The response body as text matches this regex. */
    bodyMatches: z.string().min(1).optional(),
    /** How many attempts each delivery took. */
    attempts: z.number().int().positive().optional(),
    /** Whether each delivery must end delivered (true) or not (false). */
    delivered: z.boolean().optional(),
  })
  .strict();
export type Expectation = z.output<typeof expectationSchema>;

const caseBase = {
  name: z.string().min(1).max(300),
  /** Appended to the suite's (or --target's) base URL, e.g. "/webhooks/ploomes". */
  path: z.string().regex(/^\/\S*$/, 'a path starting with /').optional(),
  seed: seedSchema.optional(),
  expect: expectationSchema.default({}),
  /** For duplicate and burst cases: other expectations for the duplicates than for the originals. */
  expectDuplicates: expectationSchema.optional(),
};

export const eventCaseSchema = z
  .object({
    ...caseBase,
    provider: z.string().min(1),
    event: z.string().min(1),
    set: z.record(z.string().min(1), jsonValueSchema).optional(),
    settings: settingsOverridesSchema.optional(),
    payload: jsonValueSchema.optional(),
    faults: faultsSchema.optional(),
  })
  .strict();

export const scenarioCaseSchema = z
  .object({
    ...caseBase,
    /** A built-in scenario by name, or one written out here. */
    scenario: z.union([z.string().min(1), scenarioSchema]),
  })
  .strict();

export const caseSchema = z.union([eventCaseSchema, scenarioCaseSchema]);
export type SuiteCase = z.output<typeof caseSchema>;
export type EventCase = z.output<typeof eventCaseSchema>;

export const suiteSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    /** Case i runs with seed + i: the same suite and seed put the same bytes on the wire. */
    seed: seedSchema.default(1),
    /** The receiver's base URL; --target replaces it. */
    target: targetSchema.optional(),
    /** Compresses scenario steps and retries (e.g. 0.01); --time-scale replaces it. */
    timeScale: timeScaleSchema.optional(),
    cases: z.array(caseSchema).min(1),
  })
  .strict();
export type Suite = z.output<typeof suiteSchema>;
export type SuiteInput = z.input<typeof suiteSchema>;
