/** @module The Connectif mock's collections in the store, and the field each is keyed by. */

export const collections = {
  contacts: 'contacts',
  products: 'products',
  purchases: 'purchases',
  imports: 'imports',
  exports: 'exports',
  coupons: 'coupons',
  /** Rows of imports not processed yet, and the CSV files the mock serves (error reports, exports). */
  pending: 'pending-rows',
  files: 'files',
} as const;

export const idKeys: Readonly<Record<string, string>> = {
  [collections.contacts]: '_email',
  [collections.products]: 'productId',
  [collections.purchases]: 'purchaseId',
  [collections.imports]: 'id',
  [collections.exports]: 'id',
};
