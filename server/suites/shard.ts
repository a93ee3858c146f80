/** @module `--shard I/N`: a deterministic split of a run's cases, so N CI runners cover each exactly once. */
import { HookbenchError } from '../errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/**
 * @example parseShard('2/3') // { index: 2, total: 3 }
 */
export function parseShard(text: string, where = '--shard'): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) {
    throw new HookbenchError('INVALID_INPUT', `${where} "${text}" must be I/N with 1 ≤ I ≤ N, e.g. 2/3`, { path: where });
  }
  return { index, total };
}

/** Whether the case at `position` (0-based, across every suite of the run, in order) is this shard's. */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.total === shard.index - 1;
}
