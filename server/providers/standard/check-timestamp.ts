/**
 * @module The replay check on `webhook-timestamp`: an integer count of seconds within five minutes
 * of the receiver's clock, either way (the libraries' WEBHOOK_TOLERANCE_IN_SECONDS = 5 * 60).
 */

export const toleranceSeconds = 5 * 60;

export type TimestampCheck = { ok: true; seconds: number } | { ok: false; reason: string };

/**
 * @example checkTimestamp('1614265330', new Date(1614265330_000)) // { ok: true, seconds: 1614265330 }
 */
export function checkTimestamp(header: string, now: Date, name = 'webhook-timestamp'): TimestampCheck {
  if (!/^\d+$/.test(header)) {
    return { ok: false, reason: `${name} "${header.slice(0, 40)}" is not a Unix time in whole seconds` };
  }
  if (header.length >= 13) {
    return { ok: false, reason: `${name} ${header.slice(0, 40)} looks like milliseconds; Standard Webhooks counts seconds` };
  }
  const seconds = Number(header);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const age = nowSeconds - seconds;
  if (age > toleranceSeconds) {
    return { ok: false, reason: `${name} is ${describe(age)} old; receivers refuse more than 5 min (a replay, or a clock that is off)` };
  }
  if (-age > toleranceSeconds) {
    return { ok: false, reason: `${name} is ${describe(-age)} in the future; receivers refuse more than 5 min (a clock that is off)` };
  }
  return { ok: true, seconds };
}

function describe(seconds: number): string {
  return seconds < 3600 ? `${seconds} s` : `${seconds} s (${Math.round(seconds / 360) / 10} h)`;
}
