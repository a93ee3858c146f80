/** @module The helpers a Ploomes fixture can call: generic ones, `br.*`, and the account's users. */
import type { Faker } from '@faker-js/faker';
import { brHelpers } from '../../generate/br-helpers.ts';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { formatPloomesDate, parsePloomesDate } from './format-date.ts';
import type { PloomesSettings } from './settings.ts';

export interface PloomesHelperOptions {
  faker: Faker;
  now: Date;
  settings: PloomesSettings;
  /** The user who performed the action (`ActionUserId`), drawn before the record. */
  actionUserId: number;
}

/**
 * Adds `ploomes.userId` (one of the account's users) and `ploomes.actionUserId` (who acted: a
 * task's FinisherId) to the shared helpers.
 * @example ploomesHelpers({ faker, now, settings, actionUserId: 10025812 })['ploomes.actionUserId']() // 10025812
 */
export function ploomesHelpers({ faker, now, settings, actionUserId }: PloomesHelperOptions): Record<string, TemplateHelper> {
  return mergeHelpers(commonHelpers({ faker, now, formatDate: formatPloomesDate, parseDate: parsePloomesDate }), brHelpers(faker), {
    'ploomes.userId': () => faker.helpers.arrayElement(settings.userIds),
    'ploomes.actionUserId': () => actionUserId,
  });
}
