/** @module Turns zod issues into one HookbenchError naming the first bad path. */
import type { z } from 'zod';
import { HookbenchError } from '../errors.ts';

type Issue = z.core.$ZodIssue;

/**
 * @example throw zodIssuesToError(result.error, 'body') // path "body.faults.duplicate"
 */
export function zodIssuesToError(error: z.ZodError, root: string, { redactValues = false, wholeInput = root } = {}): HookbenchError {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const specific = mostSpecific(issue);
    const path = [root, ...specific.path.map(String)].filter(Boolean).join('.') || wholeInput;
    return { path, message: redactValues ? redact(specific.message) : specific.message };
  });
  const [first] = issues;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more: ${issues.slice(1).map((i) => i.path).join(', ')})` : '';
  return new HookbenchError('INVALID_INPUT', `${first?.path ?? wholeInput}: ${first?.message ?? 'invalid'}${more}`, {
    path: first?.path ?? wholeInput,
  });
}

/**
 * A failed union says only "Invalid input"; the branch that explains itself (our custom messages,
 * or the deepest path) says what to fix.
 */
function mostSpecific(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const nested = issue.errors.flat().map((inner) => {
    const deeper = mostSpecific(inner);
    return { path: [...issue.path, ...deeper.path], message: deeper.message, custom: inner.code === 'custom' };
  });
  const best = nested.find((n) => n.custom) ?? [...nested].sort((a, b) => b.path.length - a.path.length)[0];
  return best ?? issue;
}

// zod quotes received values in some messages; credentials must never be echoed back.
const redact = (message: string): string => message.replace(/"[^"]*"/g, '"…"');
