/**
 * @module What a guest record repeats of its event (`event_name`, `event_start_date`, …) and what its
 * amounts depend on (the venue country's VAT), read from the event record the guest belongs to.
 */
import { isEuCountry } from '../../generate/eu-countries.ts';
import { standardVatRates } from '../../generate/eu-vat.ts';
import { HookbenchError } from '../../errors.ts';
import type { JsonObject } from '../../util/json.ts';

const copied = ['uid', 'name', 'start_date', 'end_date', 'created_at', 'currency', 'venue_city', 'venue_country', 'timezone', 'languages'] as const;

/**
 * @example summarizeEvent(eventRecord, 'fixtures/idloom/event.json').vat_rate // 21 for a Belgian venue
 */
export function summarizeEvent(record: JsonObject, source: string): JsonObject {
  const summary: JsonObject = {};
  for (const field of copied) {
    const value = record[field];
    if (value === undefined) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source}: the event record needs "${field}": guests repeat it or depend on it`, { path: `$.record.${field}` });
    }
    summary[field] = value;
  }
  const country = record.venue_country;
  if (!isEuCountry(country)) {
    throw new HookbenchError('INVALID_TEMPLATE', `${source}: venue_country ${JSON.stringify(country)} has no VAT rate; use BE, FR, NL, DE, IT or LU`, { path: '$.record.venue_country' });
  }
  summary.vat_rate = standardVatRates[country];
  return summary;
}
