/**
 * @module Advances the imports and exports whose time has come (see jobs.ts): an import applies its
 * rows, counts successes and errors, and links an error report; an export writes its file. Called
 * before each authenticated API call; `base` is the mock's own URL, for the file links.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { toCsv } from './csv.ts';
import { exportFile, type ExportType } from './export-files.ts';
import { applyImport, type ImportOptions } from './import-rows.ts';
import { isPending, jobPhase, startedAt } from './jobs.ts';
import { mockSettingsOf } from './mock-settings.ts';

type Ctx = MockContext<unknown, ConnectifSettings>;

/** The URL a stored file is served at (no API key: like the pre-signed links Connectif hands out). */
export const fileUrl = (base: string, name: string) => `${base}/files/${name}.csv`;

/**
 * @example settleJobs(ctx, 'http://127.0.0.1:4400/mock/connectif') // the delivery ids imports fired
 */
export function settleJobs(ctx: Ctx, base: string): string[] {
  const now = ctx.now();
  const timing = mockSettingsOf(ctx.settings()).jobs;
  const fired: string[] = [];
  for (const collection of [collections.imports, collections.exports]) {
    for (const job of ctx.records.all(collection).filter(isPending)) {
      const phase = jobPhase(String(job.createdAt), now, timing);
      if (phase === 'queued') continue;
      let next: JsonObject = { ...job, status: 'inProgress', startedAt: job.startedAt ?? startedAt(job, timing) };
      if (collection === collections.exports) next.progress = 50;
      if (phase === 'finished') next = collection === collections.imports ? finishImport(ctx, next, base, now, fired) : finishExport(ctx, next, base, now);
      ctx.records.put(collection, String(job.id), next);
    }
  }
  return fired;
}

function finishImport(ctx: Ctx, job: JsonObject, base: string, now: Date, fired: string[]): JsonObject {
  const id = String(job.id);
  const pending = ctx.records.get(collections.pending, id);
  const header = (pending?.header ?? []) as string[];
  const rows = (pending?.rows ?? []) as string[][];
  const outcome = applyImport(ctx, importOptionsOf(job), header, rows, now);
  ctx.records.delete(collections.pending, id);
  fired.push(...outcome.deliveries);
  const finished: JsonObject = { ...job, status: 'finished', success: outcome.success, errors: outcome.failures.length, finishedAt: now.toISOString() };
  if (outcome.failures.length === 0) return finished;
  const name = `import-${id}-errors`;
  const delimiter = (job.options as JsonObject | undefined)?.delimiter;
  const csv = toCsv([['line', 'error'], ...outcome.failures.map((f) => [String(f.line), f.reason])], typeof delimiter === 'string' ? delimiter : ',');
  ctx.records.put(collections.files, name, { name, csv });
  return { ...finished, errorReportFileUrl: fileUrl(base, name) };
}

function importOptionsOf(job: JsonObject): ImportOptions {
  const options = (job.options ?? {}) as JsonObject;
  return {
    type: job.type as ImportOptions['type'],
    overrideExisting: options.overrideExisting === true,
    updateOnlyEmptyFields: options.updateOnlyEmptyFields === true,
    couponSetId: typeof options.couponSetId === 'string' ? options.couponSetId : undefined,
  };
}

function finishExport(ctx: Ctx, job: JsonObject, base: string, now: Date): JsonObject {
  const id = String(job.id);
  const filters = (job.filters ?? {}) as JsonObject;
  const { csv, total } = exportFile(
    { type: job.exportType as ExportType, delimiter: String(job.delimiter ?? ','), fromDate: filters.fromDate as string | undefined, toDate: filters.toDate as string | undefined },
    { contacts: ctx.records.all(collections.contacts), purchases: ctx.records.all(collections.purchases) },
  );
  const name = `export-${id}`;
  ctx.records.put(collections.files, name, { name, csv });
  return { ...job, status: 'finished', progress: 100, total, fileUrl: fileUrl(base, name), finishedAt: now.toISOString() };
}
