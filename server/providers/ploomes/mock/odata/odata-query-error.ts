/** @module The error a malformed or unsupported OData query option raises (answered 400 by the mock). */

/**
 * @example throw new ODataQueryError("$filter: unexpected ')' at 12")
 */
export class ODataQueryError extends Error {
  readonly code = 'ODATA_QUERY';
  constructor(message: string) {
    super(message);
    this.name = 'ODataQueryError';
  }
}
