/**
 * @module Template helpers for dates (`clock.*`), counted from the event's data clock.
 *
 * They return text in the provider's own date format and read dates back with the provider's
 * parser, so `{{clock.between({"from":"$created"})}}` gives a date after another generated one.
 */
import type { Faker } from '@faker-js/faker';
import { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import type { JsonValue } from '../util/json.ts';
import type { TemplateHelper } from './template.ts';

export interface ClockHelperOptions {
  faker: Faker;
  /** The data clock: the moment the event happened. */
  now: Date;
  formatDate: (date: Date) => string;
  /** Reads back what formatDate wrote; undefined when the text is not a date. */
  parseDate: (text: string) => Date | undefined;
}

const spanSchema = z
  .object({ days: z.number().nonnegative(), hours: z.number().nonnegative(), minutes: z.number().nonnegative(), seconds: z.number().nonnegative() })
  .partial()
  .strict();
const betweenSchema = z.object({ from: z.string(), to: z.string() }).partial().strict();

const day = 86_400_000;
// Generated past dates stay at least this far from now, so "before the event" is strictly before.
const gapMs = 1000;

/**
 * The options are read at each call, not once: a caller may keep one map and point its options at
 * each render in turn (idloom's helpers, built once rather than per event).
 * @example clockHelpers({ faker, now, formatDate, parseDate })['clock.past']({ days: 30 })
 */
export function clockHelpers(options: ClockHelperOptions): Record<string, TemplateHelper> {
  const draw = (from: number, to: number): string => options.formatDate(new Date(to <= from ? from : options.faker.number.int({ min: from, max: to })));
  const date = (name: string, text: string): number => {
    const parsed = options.parseDate(text);
    if (!parsed) throw helperError(name, `"${text}" is not a date written by this provider's format`);
    return parsed.getTime();
  };
  return {
    'clock.now': () => options.formatDate(options.now),
    'clock.past': (span) => {
      const t = options.now.getTime();
      const ms = spanMs('clock.past', span, 365 * day);
      return draw(t - ms, t - Math.min(gapMs, ms));
    },
    'clock.recent': (span) => {
      const t = options.now.getTime();
      const ms = spanMs('clock.recent', span, day);
      return draw(t - ms, t - Math.min(gapMs, ms));
    },
    'clock.future': (span) => {
      const t = options.now.getTime();
      const ms = spanMs('clock.future', span, 365 * day);
      return draw(t + Math.min(gapMs, ms), t + ms);
    },
    'clock.between': (range) => {
      const t = options.now.getTime();
      const given = range ?? {};
      const r = plainRange(given) ?? parseArg('clock.between', betweenSchema, given);
      const from = r.from === undefined ? t - 365 * day : date('clock.between', r.from);
      const to = r.to === undefined ? t : date('clock.between', r.to);
      // Strictly inside: the result sorts after `from` and before `to`.
      return draw(from + 1, to - 1);
    },
  };
}

function spanMs(name: string, span: JsonValue | undefined, fallback: number): number {
  if (span === undefined) return fallback;
  const s = parseArg(name, spanSchema, span);
  return Math.round((s.days ?? 0) * day + (s.hours ?? 0) * 3_600_000 + (s.minutes ?? 0) * 60_000 + (s.seconds ?? 0) * 1000);
}

/**
 * A range as betweenSchema reads it, told without zod when it is a plain object of strings: ranges
 * like `{"from":"$created"}` are built afresh at each render, so neither zod nor the cache below
 * would be spared. Anything else is left to parseArg.
 */
export function plainRange(range: JsonValue | undefined): { from?: string; to?: string } | undefined {
  if (typeof range !== 'object' || range === null || Array.isArray(range) || Object.getPrototypeOf(range) !== Object.prototype) return undefined;
  for (const key in range) {
    if ((key !== 'from' && key !== 'to') || !Object.hasOwn(range, key) || typeof range[key] !== 'string') return undefined;
  }
  return range;
}

// A template's literal arguments are the same object at every render: validate each once.
const validArgs = new WeakMap<object, unknown>();

function parseArg<T>(name: string, schema: z.ZodType<T>, value: JsonValue): T {
  const cacheable = typeof value === 'object' && value !== null;
  if (cacheable && validArgs.has(value)) return validArgs.get(value) as T;
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw helperError(name, `${JSON.stringify(value)} is not a valid argument (${issue?.message ?? 'invalid'}); see the helper's documentation`);
  }
  if (cacheable) validArgs.set(value, result.data);
  return result.data;
}

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
