/** @module Short, dense renderings of times, durations and sizes for the inspector's columns. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Local wall-clock time of an ISO instant, to the millisecond when asked.
 * @example formatClock('2025-01-02T13:04:05.678Z', { ms: true }) // '14:04:05.678' in Europe/Paris
 */
export function formatClock(iso: string, { ms = false }: { ms?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const base = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return ms ? `${base}.${pad(d.getMilliseconds(), 3)}` : base;
}

/**
 * @example formatDuration(12.4) // '12 ms'; formatDuration(1530) // '1.53 s'; formatDuration(90_000) // '1.5 min'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trim(ms / 1000)} s`;
  if (ms < 3_600_000) return `${trim(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${trim(ms / 3_600_000)} h`;
  return `${trim(ms / 86_400_000)} d`;
}

/**
 * @example formatBytes(87) // '87 B'; formatBytes(2048) // '2 KiB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KiB`;
  return `${trim(bytes / (1024 * 1024))} MiB`;
}

/** Up to three significant digits, no trailing zeros. */
const trim = (n: number) => String(Number(n.toPrecision(3)));
