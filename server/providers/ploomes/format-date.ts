/**
 * @module Dates as Ploomes writes them inside `New`/`Old`: São Paulo local time, no offset, .NET
 * fractional seconds with trailing zeros trimmed (`2024-02-28T13:19:32.41`, `2024-02-28T19:00:01`).
 *
 * São Paulo is UTC−3 all year: Brazil abolished daylight saving in 2019. Dates before that would have
 * been written one hour off in summer; hookbench's data clocks are recent, so this is not modelled.
 */

const offsetMs = 3 * 3_600_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/**
 * @example formatPloomesDate(new Date('2024-02-28T16:19:32.410Z')) // '2024-02-28T13:19:32.41'
 */
export function formatPloomesDate(date: Date): string {
  const local = new Date(date.getTime() - offsetMs).toISOString(); // 2024-02-28T13:19:32.410Z
  const [seconds, fraction = ''] = local.slice(0, -1).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed === '' ? `${seconds}` : `${seconds}.${trimmed}`;
}

/**
 * Reads a date written by formatPloomesDate; undefined for anything else.
 * @example parsePloomesDate('2024-02-28T13:19:32.41')?.toISOString() // '2024-02-28T16:19:32.410Z'
 */
export function parsePloomesDate(text: string): Date | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction = ''] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0')));
  const date = new Date(ms + offsetMs);
  // Date.UTC rolls 2024-02-30 over to March: only a date that writes back the same is a date.
  return formatPloomesDate(date).slice(0, 19) === text.slice(0, 19) ? date : undefined;
}
