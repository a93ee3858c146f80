/**
 * @module Purchases (documented): `POST /purchases/?triggerPurchaseEvent=` with a PurchaseCreation,
 * refused when its contact or a product does not exist, and `GET /purchases/purchase-id/{id}` by the
 * shop's purchase id. The stored Purchase adds `id`, `contactId`, `products[].id`, `createdAt`,
 * `updatedAt`. A purchase starts Connectif's "On purchase" workflows, which the mock does not model.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { ConnectifApiError, errorCodes, invalid, notFound, type ValidationError } from './connectif-api-error.ts';
import { contactKey } from './contact-fields.ts';
import { requireScope } from './guard.ts';
import { objectId, stableId } from './object-id.ts';
import { checkProductDomains } from './product-fields.ts';
import { readJson } from './read-body.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

const text = z.string().min(1).max(2000);
const optionalText = z.string().max(2000).optional();
const amount = z.number().nonnegative();

const purchaseLineSchema = z
  .object({
    productId: text,
    name: text,
    unitPrice: amount,
    quantity: z.number().int().positive(),
    price: amount,
    brand: optionalText,
    categories: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    description: optionalText,
    customField1: optionalText,
    customField2: optionalText,
    customField3: optionalText,
    discountedAmount: amount.optional(),
    discountedPercentage: z.number().min(0).max(100).optional(),
    imageUrl: z.url().optional(),
    productDetailUrl: z.url().optional(),
    thumbnailUrl: z.url().optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    rating: z.number().min(0).max(5).optional(),
    ratingCount: z.number().int().nonnegative().optional(),
    reviewCount: z.number().int().nonnegative().optional(),
    unitPriceOriginal: amount.optional(),
    unitPriceWithoutVAT: amount.optional(),
  })
  .strict();

export const purchaseCreationSchema = z
  .object({
    cartId: text,
    contactEmail: z.email(),
    paymentMethod: optionalText,
    products: z.array(purchaseLineSchema).min(1),
    purchaseDate: z.iso.datetime({ offset: true }),
    purchaseId: text,
    totalPrice: amount,
    totalQuantity: z.number().int().nonnegative(),
  })
  .strict();

/**
 * @example app.route('/', purchasesRoutes(ctx)) // POST /purchases/
 */
export function purchasesRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const create = requireScope(ctx, 'purchases:write');
  app.on('POST', ['/purchases', '/purchases/'], create, async (c) => {
    const trigger = c.req.query('triggerPurchaseEvent');
    if (trigger !== undefined && trigger !== 'true' && trigger !== 'false') throw invalid([{ path: 'triggerPurchaseEvent', reason: 'must be true or false' }]);
    const input = await readJson(c, purchaseCreationSchema);
    checkReferences(ctx, input);
    checkProductDomains(input.products, ctx.settings().storeUrl);
    if (ctx.records.get(collections.purchases, input.purchaseId)) {
      throw new ConnectifApiError(409, errorCodes.conflict, `A purchase with purchaseId ${input.purchaseId} already exists.`);
    }
    const now = ctx.now();
    const at = now.toISOString();
    const purchase: JsonObject = {
      id: objectId(now, `purchase:${input.purchaseId}`),
      ...input,
      contactId: stableId(`contact:${contactKey(input.contactEmail)}`),
      products: input.products.map((line) => ({ id: ctx.records.get(collections.products, line.productId)?.id ?? null, ...line })),
      createdAt: at,
      updatedAt: at,
    };
    ctx.records.put(collections.purchases, input.purchaseId, purchase);
    return c.json(purchase, 201);
  });
  app.get('/purchases/purchase-id/:id', requireScope(ctx, 'purchases:read'), (c) => {
    const purchase = ctx.records.get(collections.purchases, c.req.param('id'));
    if (!purchase) throw notFound(`Purchase ${c.req.param('id')} not found.`);
    return c.json(purchase);
  });
  return app;
}

/** The contact and every product must exist (research §3.6) [answered as 422: inferred]. */
function checkReferences(ctx: Ctx, input: z.output<typeof purchaseCreationSchema>): void {
  const errors: ValidationError[] = [];
  if (!ctx.records.get(collections.contacts, contactKey(input.contactEmail))) errors.push({ path: 'contactEmail', reason: `no contact has the e-mail ${input.contactEmail}` });
  input.products.forEach((line, i) => {
    if (!ctx.records.get(collections.products, line.productId)) errors.push({ path: `products.${i}.productId`, reason: `no product has the id ${line.productId}` });
  });
  if (errors.length > 0) throw invalid(errors, 'The purchase refers to a contact or products that do not exist.');
}
