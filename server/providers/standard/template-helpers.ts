/**
 * @module The helpers a Standard Webhooks fixture can call: the generic ones (dates as ISO 8601 UTC),
 * `iso.date` (the day of a date) and `event.type` / `event.resource` / `event.action` (the event's
 * name and its parts, for the any-event template).
 */
import type { Faker } from '@faker-js/faker';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { actionOf, resourceOf } from './event-name.ts';

export const formatIsoDate = (date: Date): string => date.toISOString();

export function parseIsoDate(text: string): Date | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/**
 * @example standardHelpers({ faker, now, event: 'invoice.paid' })['event.resource']() // 'invoice'
 */
export function standardHelpers({ faker, now, event }: { faker: Faker; now: Date; event: string }): Record<string, TemplateHelper> {
  return mergeHelpers(commonHelpers({ faker, now, formatDate: formatIsoDate, parseDate: parseIsoDate }), {
    'iso.date': (value) => {
      const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (!date) throw new Error(`${JSON.stringify(value)} is not an ISO 8601 date`);
      return date.toISOString().slice(0, 10);
    },
    'event.type': () => event,
    'event.resource': () => resourceOf(event),
    'event.action': () => actionOf(event),
  });
}
