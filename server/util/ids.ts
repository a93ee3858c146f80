/**
 * @module Record ids: a prefix and a ULID (`dlv_01J…`), sortable by creation time.
 *
 * ulid's default draws each of a ULID's 16 random characters with its own crypto call; at thousands
 * of deliveries a second that was a tenth of the time spent creating one. Here random bytes come from
 * a pool refilled in 4 KiB steps, and ids made in the same millisecond increment (monotonic), so they
 * also sort in the order they were made.
 */
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

const pool = new Uint8Array(4096);
let offset = pool.length;

function pooledRandom(): number {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  return (pool[offset++] as number) / 256;
}

const nextUlid = monotonicFactory(pooledRandom);

/** @example newId('dlv') // 'dlv_01JD0Q5G9V6Y2N8W4Z3K7T1M0X' */
export function newId(prefix: string): string {
  return `${prefix}_${nextUlid()}`;
}
