/**
 * @module What an import does with its CSV rows, per type: contacts (keyed by `_email`), products
 * (keyed by `productId`) or coupons (one `code` column, into `couponSetId`). Cells are text: numbers,
 * booleans and lists (`a|b`) are read back by field [inferred: Connectif's CSV conventions beyond the
 * header of field ids are not published]. An empty cell sets nothing.
 */
import type { z } from 'zod';
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { ConnectifApiError } from './connectif-api-error.ts';
import { applyContactPatch, contactKey, contactPatchByEmailSchema, emailSchema, newContact } from './contact-fields.ts';
import { emitNewsletterChange } from './newsletter-webhooks.ts';
import { checkProductDomains, productPatchSchema, upsertProduct } from './product-fields.ts';

export const importTypes = ['contacts', 'products', 'coupons'] as const;
export type ImportType = (typeof importTypes)[number];

export interface ImportOptions {
  type: ImportType;
  overrideExisting: boolean;
  updateOnlyEmptyFields: boolean;
  couponSetId?: string | undefined;
}

export interface ImportOutcome {
  success: number;
  failures: { line: number; reason: string }[];
  deliveries: string[];
}

const keyColumn: Record<ImportType, string> = { contacts: '_email', products: 'productId', coupons: 'code' };
const numbers = new Set(['_points', 'unitPrice', 'unitPriceOriginal', 'unitPriceWithoutVAT', 'discountedAmount', 'discountedPercentage', 'rating', 'inStockUnits', 'priority', 'ratingCount', 'reviewCount']);
const lists = new Set(['categories', 'tags', 'relatedExternalProductIds']);

/** Why a header cannot be imported as `type`, or undefined. */
export function headerProblem(type: ImportType, header: readonly string[]): string | undefined {
  const key = keyColumn[type];
  if (!header.includes(key)) return `the CSV header must have a ${key} column (found: ${header.join(', ') || 'nothing'})`;
  const repeated = header.find((name, i) => header.indexOf(name) !== i);
  return repeated ? `the column ${repeated} appears twice` : undefined;
}

/**
 * Applies every row, counting successes and failures (line numbers count the header as line 1).
 * @example applyImport(ctx, { type: 'contacts', overrideExisting: true, updateOnlyEmptyFields: false }, ['_email'], [['ana@gmail.com']], now)
 */
export function applyImport(ctx: MockContext<unknown, ConnectifSettings>, options: ImportOptions, header: readonly string[], rows: readonly string[][], now: Date): ImportOutcome {
  const outcome: ImportOutcome = { success: 0, failures: [], deliveries: [] };
  rows.forEach((cells, i) => {
    const fields = rowFields(header, cells);
    const problem = cells.length > header.length ? `has ${cells.length} cells for ${header.length} columns` : applyRow(ctx, options, fields, now, outcome.deliveries);
    if (problem) outcome.failures.push({ line: i + 2, reason: problem });
    else outcome.success++;
  });
  return outcome;
}

function applyRow(ctx: MockContext<unknown, ConnectifSettings>, options: ImportOptions, fields: JsonObject, now: Date, deliveries: string[]): string | undefined {
  try {
    if (options.type === 'contacts') return importContact(ctx, options, fields, deliveries);
    if (options.type === 'products') return importProduct(ctx, options, fields, now);
    return importCoupon(ctx, options, fields, now);
  } catch (e) {
    if (e instanceof ConnectifApiError) return e.message;
    throw e;
  }
}

function importContact(ctx: MockContext<unknown, ConnectifSettings>, options: ImportOptions, fields: JsonObject, deliveries: string[]): string | undefined {
  const { _email: email, ...rest } = fields;
  if (!emailSchema.safeParse(email).success) return `_email ${JSON.stringify(email ?? '')} is not an e-mail address`;
  const patch = contactPatchByEmailSchema.safeParse(rest);
  if (!patch.success) return issues(patch.error);
  const key = contactKey(String(email));
  const current = ctx.records.get(collections.contacts, key);
  if (current && !options.overrideExisting) return undefined;
  const next = applyContactPatch(current ?? newContact(String(email)), patch.data as JsonObject, { onlyEmpty: options.updateOnlyEmptyFields && current !== undefined });
  ctx.records.put(collections.contacts, key, next);
  deliveries.push(...emitNewsletterChange(ctx, current, next));
  return undefined;
}

function importProduct(ctx: MockContext<unknown, ConnectifSettings>, options: ImportOptions, fields: JsonObject, now: Date): string | undefined {
  const { productId, ...rest } = fields;
  if (typeof productId !== 'string' || productId === '') return 'productId is empty';
  const patch = productPatchSchema.safeParse(rest);
  if (!patch.success) return issues(patch.error);
  checkProductDomains([{ productId, ...patch.data }], ctx.settings().storeUrl);
  const current = ctx.records.get(collections.products, productId);
  if (current && !options.overrideExisting) return undefined;
  const changes = current && options.updateOnlyEmptyFields ? onlyEmpty(current, patch.data as JsonObject) : (patch.data as JsonObject);
  const { record, missing } = upsertProduct(current, productId, changes, now);
  if (missing.length > 0) return `a new product needs ${missing.join(', ')}`;
  ctx.records.put(collections.products, productId, record);
  return undefined;
}

function importCoupon(ctx: MockContext<unknown, ConnectifSettings>, options: ImportOptions, fields: JsonObject, now: Date): string | undefined {
  const code = fields.code;
  if (typeof code !== 'string' || code === '') return 'code is empty';
  const key = `${options.couponSetId}:${code}`;
  if (ctx.records.get(collections.coupons, key) && !options.overrideExisting) return undefined;
  ctx.records.put(collections.coupons, key, { code, couponSetId: options.couponSetId ?? null, status: 'available', createdAt: now.toISOString() });
  return undefined;
}

/** A row as fields: non-empty cells, read as the field's type. */
function rowFields(header: readonly string[], cells: readonly string[]): JsonObject {
  const fields: JsonObject = {};
  header.forEach((name, i) => {
    const cell = (cells[i] ?? '').trim();
    if (cell !== '') fields[name] = cellValue(name, cell);
  });
  return fields;
}

function cellValue(name: string, cell: string): JsonValue {
  if (numbers.has(name) && /^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  if (lists.has(name)) return cell.split('|').map((s) => s.trim()).filter(Boolean);
  if (name === 'isBlacklisted' && /^(true|false)$/i.test(cell)) return cell.toLowerCase() === 'true';
  return cell;
}

function onlyEmpty(current: JsonObject, patch: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => current[key] === undefined || current[key] === null || current[key] === ''));
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'row'} ${i.message}`).join('; ');
}
