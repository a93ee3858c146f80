/**
 * @module Connectif products: the ProductCreation resource (documented), the stored Product (adds `id`,
 * `productId`, `createdAt`, `updatedAt`) and the account's allowed domains: a product URL elsewhere is
 * refused with E0103 (attested in a client's error sample).
 */
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import { ConnectifApiError, errorCodes } from './connectif-api-error.ts';
import { objectId } from './object-id.ts';

export const availabilities = ['instock', 'outofstock', 'unverified', 'discontinued'] as const;

const text = z.string().max(2000);
const url = z.url({ protocol: /^https?$/ });
const amount = z.number().nonnegative();

/** Every writable field; PATCH may send any subset. */
export const productPatchSchema = z
  .object({
    name: text.min(1),
    description: text.nullable(),
    unitPrice: amount,
    unitPriceOriginal: amount.nullable(),
    unitPriceWithoutVAT: amount.nullable(),
    discountedAmount: amount.nullable(),
    discountedPercentage: z.number().min(0).max(100).nullable(),
    productDetailUrl: url,
    imageUrl: url.nullable(),
    thumbnailUrl: url.nullable(),
    availability: z.enum(availabilities),
    inStockUnits: z.number().int().nullable(),
    brand: text.nullable(),
    categories: z.array(text),
    tags: z.array(text),
    isBlacklisted: z.boolean(),
    priority: z.number().int(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    rating: z.number().min(0).max(5).nullable(),
    ratingCount: z.number().int().nonnegative().nullable(),
    reviewCount: z.number().int().nonnegative().nullable(),
    relatedExternalProductIds: z.array(text),
    customField1: text.nullable(),
    customField2: text.nullable(),
    customField3: text.nullable(),
  })
  .partial()
  .strict();

/** Fields a new product cannot do without [inferred from ProductCreation]. */
export const requiredOnCreate = ['name', 'unitPrice', 'productDetailUrl'] as const;

/**
 * The product after `patch`: a new one gets defaults and an id; `missing` lists required fields absent.
 * @example upsertProduct(undefined, 'CAL-10321', { name: 'Zapatillas', unitPrice: 59.95, productDetailUrl: '…' }, now).record.availability // 'instock'
 */
export function upsertProduct(current: JsonObject | undefined, productId: string, patch: JsonObject, now: Date): { record: JsonObject; missing: string[] } {
  const at = now.toISOString();
  if (current) return { record: { ...current, ...patch, productId, updatedAt: at }, missing: [] };
  const missing = requiredOnCreate.filter((field) => patch[field] === undefined);
  const record: JsonObject = {
    id: objectId(now, `product:${productId}`),
    productId,
    availability: 'instock',
    categories: [],
    tags: [],
    isBlacklisted: false,
    priority: 0,
    relatedExternalProductIds: [],
    ...patch,
    createdAt: at,
    updatedAt: at,
  };
  return { record, missing };
}

/**
 * 400 E0103 when a product links outside the shop's domain (`storeUrl`), naming the products.
 * @example checkProductDomains([{ productId: 'X', imageUrl: 'https://evil.example/x.jpg' }], 'https://tienda.example.com') // throws
 */
export function checkProductDomains(products: readonly JsonObject[], storeUrl: string): void {
  const allowed = new URL(storeUrl);
  const inside = (value: unknown) => {
    if (typeof value !== 'string') return true;
    try {
      const host = new URL(value).hostname;
      return host === allowed.hostname || host.endsWith(`.${allowed.hostname}`);
    } catch {
      return true;
    }
  };
  const outside = products.filter((p) => !['productDetailUrl', 'imageUrl', 'thumbnailUrl'].every((field) => inside(p[field])));
  if (outside.length === 0) return;
  const ids = outside.map((p) => String(p.productId ?? p.id ?? '?'));
  throw new ConnectifApiError(400, errorCodes.unauthorizedDomain, `Product ${ids.join(', ')} had URL from non authorized domain.`, {
    productsId: ids,
    allowedDomains: [allowed.origin],
  });
}
