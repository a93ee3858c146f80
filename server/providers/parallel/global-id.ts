/**
 * @module Parallel's global ids: base58 of the UTF-8 text `<Type>:<number>` (`toGlobalId` in
 * Parallel's `util/globalId.ts`), used for every id in a webhook body (`Profile:1042` → `2X3uPTSX2EK9dhTqj`).
 */
import { HookbenchError } from '../../errors.ts';
import { decodeBase58, encodeBase58 } from './base58.ts';

/**
 * @example toGlobalId('Profile', 1042) // '2X3uPTSX2EK9dhTqj'
 */
export function toGlobalId(type: string, id: number): string {
  return encodeBase58(Buffer.from(`${type}:${id}`, 'utf8'));
}

/**
 * Reads a global id back, as Parallel's `fromGlobalId` does (the mock API needs it); `type`, when
 * given, must match. INVALID_INPUT otherwise, naming the id.
 * @example fromGlobalId('4EpJtbARxz', 'User') // { type: 'User', id: 17 }
 */
export function fromGlobalId(globalId: string, type?: string): { type: string; id: number } {
  let decoded: string;
  try {
    decoded = Buffer.from(decodeBase58(globalId)).toString('utf8');
  } catch {
    throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a Parallel global id`);
  }
  const [actual = '', number = ''] = decoded.split(':');
  if (type !== undefined && actual !== type) throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a ${type} id`);
  if (!/^[1-9]\d*$/.test(number)) throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a Parallel global id`);
  return { type: actual, id: Number(number) };
}
