/** @module `$filter $orderby $skip $top` over an expanded array (a contact's Phones, an order's Products). */
import type { JsonObject } from '../../../util/json.ts';
import { evaluateFilter, orderValues, walkProperties, type NestedOptions } from './odata/index.ts';

export function applyCollectionOptions(items: JsonObject[], options: NestedOptions): JsonObject[] {
  const { filter } = options;
  let out = filter ? items.filter((item) => evaluateFilter(filter, item)) : items;
  if (options.orderby.length > 0) {
    out = [...out].sort((a, b) => {
      for (const { path, descending } of options.orderby) {
        const order = orderValues(walkProperties(a, path), walkProperties(b, path));
        if (order !== 0) return descending ? -order : order;
      }
      return 0;
    });
  }
  const skip = options.skip ?? 0;
  return out.slice(skip, options.top === undefined ? undefined : skip + options.top);
}
