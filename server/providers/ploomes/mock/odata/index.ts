/** @module A small OData query layer for the Ploomes mock: `$filter` parsing and evaluation, query options. */
export { ODataQueryError } from './odata-query-error.ts';
export { parseFilter, type FilterNode } from './filter-parser.ts';
export { evaluateFilter, walkProperties, type PathResolver } from './filter-evaluate.ts';
export { orderValues, instantOf } from './compare-values.ts';
export { parseQueryOptions, type ExpandItem, type NestedOptions, type OrderBy, type QueryOptions } from './query-options.ts';
