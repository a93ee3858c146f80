/**
 * @module Errors the mock answers with, in the OData JSON error format Ploomes' ASP.NET API uses:
 * `{"error": {"code": "...", "message": "..."}}` (the exact codes and messages are [inferred]).
 */

export const apiErrorCodes = {
  400: 'BadRequest',
  401: 'Unauthorized',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  429: 'TooManyRequests',
  500: 'InternalServerError',
} as const;
export type ApiErrorStatus = keyof typeof apiErrorCodes;

/**
 * @example throw new PloomesApiError(404, 'No Contact with Id 7')
 */
export class PloomesApiError extends Error {
  readonly status: ApiErrorStatus;
  constructor(status: ApiErrorStatus, message: string) {
    super(message);
    this.name = 'PloomesApiError';
    this.status = status;
  }
}

/** ASP.NET's words for a method a resource does not take. */
export const notAllowed = (method: string): PloomesApiError => new PloomesApiError(405, `The requested resource does not support http method '${method}'.`);

export function apiErrorBody(status: ApiErrorStatus, message: string): { error: { code: string; message: string } } {
  return { error: { code: apiErrorCodes[status], message } };
}
