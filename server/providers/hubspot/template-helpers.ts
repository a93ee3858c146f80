/**
 * @module The helpers a HubSpot fixture can call: the shared ones, with dates as HubSpot webhooks
 * write them (epoch milliseconds, as text), valid US phone numbers (`us.phone`), and the account's
 * owners and users.
 */
import type { Faker } from '@faker-js/faker';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { usPhoneNumber } from '../../generate/us-phone.ts';
import type { HubSpotSettings } from './settings.ts';

/** `propertyValue` of a date-time property: milliseconds since the epoch, as a string. */
export const formatEpochMs = (date: Date): string => String(date.getTime());

export function parseEpochMs(text: string): Date | undefined {
  return /^\d{1,16}$/.test(text) ? new Date(Number(text)) : undefined;
}

/**
 * @example hubspotHelpers({ faker, now, settings })['hubspot.ownerId']() // 118804521
 */
export function hubspotHelpers({ faker, now, settings }: { faker: Faker; now: Date; settings: HubSpotSettings }): Record<string, TemplateHelper> {
  return mergeHelpers(commonHelpers({ faker, now, formatDate: formatEpochMs, parseDate: parseEpochMs }), {
    'us.phone': () => usPhoneNumber(faker),
    'hubspot.ownerId': () => faker.helpers.arrayElement(settings.ownerIds),
    'hubspot.userId': () => faker.helpers.arrayElement(settings.userIds),
  });
}
