/** @module Shared checks for the bad-input corpus: a 4xx with a JSON error naming a path, and CLI runs captured in-process. */
import { expect } from 'vitest';

export interface ApiError {
  code: string;
  message: string;
  path?: string;
}

/** Where the error must point: the exact path, or a pattern for paths that carry the caller's own text. */
export type PathExpectation = string | RegExp;

/** Asserts the response is a 4xx (`status` when given) with `{error: {code, message, path}}` and returns the error. */
export async function expectBadInput(res: Response, path: PathExpectation, status?: number): Promise<ApiError> {
  const text = await res.text();
  const context = `${res.status} ${text.slice(0, 300)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  expect(res.status, context).toBeLessThan(500);
  if (status !== undefined) expect(res.status, context).toBe(status);
  expect(res.headers.get('content-type') ?? '', context).toMatch(/^application\/json/);
  const error = (JSON.parse(text) as { error: ApiError }).error;
  expect(error.code, context).toMatch(/^[A-Z_]+$/);
  expect(error.message.length, context).toBeGreaterThan(0);
  expect(error.message, context).not.toMatch(/\n\s+at /); // never a stack trace
  if (typeof path === 'string') expect(error.path, context).toBe(path);
  else expect(error.path ?? '', context).toMatch(path);
  return error;
}

export { cli } from '../helpers/cli-run.ts';
