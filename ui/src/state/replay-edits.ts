/**
 * @module Edit-and-resend as data: the form starts from a recorded attempt, and only what the user
 * changed goes to `POST /api/deliveries/:id/replay` (an untouched body is generated and signed afresh).
 */
import type { Faults } from '../../../server/delivery/faults.ts';
import type { ReplayInput } from '../controllers/api-client.ts';

/** Faults as the fault picker holds them: the API's input form. */
export type FaultValues = Record<string, string | true>;

export interface HeaderRow {
  name: string;
  value: string;
}

/** What the replay form edits, and what it started from. */
export interface ReplayForm {
  target: string;
  faults: FaultValues;
  body: string;
  headers: HeaderRow[];
}

/** Headers the transport writes from the URL and body (node:http): shown, never hand-edited. */
const transport = new Set(['host', 'content-length', 'connection']);
export const isTransportHeader = (name: string) => transport.has(name.toLowerCase());

/** @example editableHeaders({ Host: 'x', 'X-Key': 'k' }) // [{ name: 'X-Key', value: 'k' }] */
export function editableHeaders(headers: Readonly<Record<string, string>>): HeaderRow[] {
  return Object.entries(headers)
    .filter(([name]) => !isTransportHeader(name))
    .map(([name, value]) => ({ name, value }));
}

/**
 * Header edits the API takes: changed or added names with their value, removed ones as null.
 * Names compare case-insensitively, as HTTP does; rows with an empty name are ignored.
 * @example headerEdits([{ name: 'A', value: '1' }], [{ name: 'B', value: '2' }]) // { B: '2', A: null }
 */
export function headerEdits(original: readonly HeaderRow[], edited: readonly HeaderRow[]): Record<string, string | null> | undefined {
  const before = new Map(original.map((h) => [h.name.toLowerCase(), h]));
  const after = new Map(edited.filter((h) => h.name.trim() !== '').map((h) => [h.name.trim().toLowerCase(), { name: h.name.trim(), value: h.value }]));
  const edits: Record<string, string | null> = {};
  for (const [key, h] of after) if (before.get(key)?.value !== h.value || before.get(key)?.name !== h.name) edits[h.name] = h.value;
  for (const [key, h] of before) if (!after.has(key)) edits[h.name] = null;
  return Object.keys(edits).length === 0 ? undefined : edits;
}

/**
 * A delivery's faults (as stored, normalised) back in the picker's form.
 * @example faultValuesOf({ burst: { count: 50, concurrency: 10 }, delay: 2000 }) // { burst: '50@10', delay: '2000ms' }
 */
export function faultValuesOf(faults: Faults): FaultValues {
  const out: FaultValues = {};
  for (const [name, value] of Object.entries(faults) as [string, unknown][]) {
    if (value === undefined) continue;
    if (value === true) out[name] = true;
    else if (name === 'burst' && typeof value === 'object' && value !== null) {
      const { count, concurrency } = value as { count: number; concurrency: number };
      out[name] = concurrency === count ? String(count) : `${count}@${concurrency}`;
    } else if (name === 'delay' || name === 'timeout') out[name] = `${String(value)}ms`;
    else if (name === 'retry') out[name] = Array.isArray(value) ? value.map((ms) => `${String(ms)}ms`).join(',') : String(value);
    else out[name] = String(value);
  }
  return out;
}

const sameFaults = (a: FaultValues, b: FaultValues) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The replay request for a form: empty (as-is) when nothing changed.
 * @example replayInputOf(start, { ...start, target: 'http://127.0.0.1:3000/hook' }) // { target: 'http://127.0.0.1:3000/hook' }
 */
export function replayInputOf(start: ReplayForm, form: ReplayForm): ReplayInput {
  const input: ReplayInput = {};
  const target = form.target.trim();
  if (target !== '' && target !== start.target) input.target = target;
  if (!sameFaults(start.faults, form.faults)) input.faults = form.faults;
  const headers = headerEdits(start.headers, form.headers);
  const body = form.body !== start.body ? form.body : undefined;
  if (headers || body !== undefined) input.edits = { ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) };
  return input;
}

/**
 * A replay's edits replace the original's wholesale on the server: keep the original's hand edits
 * the user did not touch (the form started from a request they had already shaped).
 * @example withOriginalEdits({ edits: { headers: { 'X-A': '1' } } }, { body: '{}' }) // { edits: { body: '{}', headers: { 'X-A': '1' } } }
 */
export function withOriginalEdits(input: ReplayInput, original: { body?: string; headers?: Record<string, string | null> } | undefined): ReplayInput {
  if (!input.edits || !original) return input;
  const headers = { ...original.headers, ...input.edits.headers };
  const body = input.edits.body ?? original.body;
  return { ...input, edits: { ...(body !== undefined ? { body } : {}), ...(Object.keys(headers).length ? { headers } : {}) } };
}
