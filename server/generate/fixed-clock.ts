/** @module The data clock of seeded events. */

/**
 * The data clock used when a seed is given without `now`: a fixed instant, so `--seed 7` prints the
 * same bytes today and next year. Without a seed, payloads are dated from the wall clock.
 */
export const fixedDataClock = new Date('2026-01-01T12:00:00.000Z');
