/**
 * @module What an export's file holds: `contacts` (one row per contact, system fields then custom
 * ones) or `activities` (one row per purchase, filtered by `fromDate`/`toDate`). The 3rd-party client
 * that documents exports shows only the request and the status; these columns are ours.
 */
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import { toCsv } from './csv.ts';

export const exportTypes = ['contacts', 'activities'] as const;
export type ExportType = (typeof exportTypes)[number];

const contactColumns = ['_email', '_name', '_surname', '_birthdate', '_mobilePhone', '_mobilePhoneStatus', '_emailStatus', '_newsletterSubscriptionStatus', '_smsSubscriptionStatus', '_points', '_externalId'];
const activityColumns = ['date', 'contactEmail', 'type', 'purchaseId', 'cartId', 'totalPrice', 'totalQuantity', 'paymentMethod'];

export interface ExportInput {
  type: ExportType;
  delimiter: string;
  fromDate?: string | undefined;
  toDate?: string | undefined;
}

/**
 * The file's text and how many records it holds.
 * @example exportFile({ type: 'contacts', delimiter: ',' }, { contacts, purchases }).total
 */
export function exportFile(input: ExportInput, data: { contacts: JsonObject[]; purchases: JsonObject[] }): { csv: string; total: number } {
  if (input.type === 'contacts') {
    const custom = [...new Set(data.contacts.flatMap((c) => Object.keys(c).filter((k) => !k.startsWith('_'))))].sort();
    const columns = [...contactColumns, ...custom];
    return { csv: toCsv([columns, ...data.contacts.map((c) => columns.map((k) => cell(c[k])))], input.delimiter), total: data.contacts.length };
  }
  const from = input.fromDate ? Date.parse(input.fromDate) : -Infinity;
  const to = input.toDate ? Date.parse(input.toDate) : Infinity;
  const purchases = data.purchases.filter((p) => {
    const at = Date.parse(String(p.purchaseDate));
    return at >= from && at <= to;
  });
  const rows = purchases.map((p) => [cell(p.purchaseDate), cell(p.contactEmail), 'purchase', cell(p.purchaseId), cell(p.cartId), cell(p.totalPrice), cell(p.totalQuantity), cell(p.paymentMethod)]);
  return { csv: toCsv([activityColumns, ...rows], input.delimiter), total: purchases.length };
}

function cell(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('|');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
