/**
 * @module Bulk imports (documented): `POST /imports/` as multipart/form-data (`type`, `file`,
 * `delimiter`, `overrideExisting`, `updateOnlyEmptyFields`, `couponSetId`), answered 201 with the
 * Import `queued`; `GET /imports/{id}` to poll it; `GET /imports` newest first, paged.
 */
import { Hono, type Context } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { ConnectifApiError, errorCodes, invalid, notFound, type ValidationError } from './connectif-api-error.ts';
import { parseCsv } from './csv.ts';
import { requireScope } from './guard.ts';
import { headerProblem, importTypes, type ImportType } from './import-rows.ts';
import { listPage } from './list-page.ts';
import { objectId } from './object-id.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

/** Connectif's documented limit on the CSV. */
export const maxImportBytes = 50 * 1024 * 1024;

/**
 * @example app.route('/', importsRoutes(ctx))
 */
export function importsRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  app.on('POST', ['/imports', '/imports/'], requireScope(ctx, 'imports:write'), async (c) => {
    const form = await readForm(c);
    const now = ctx.now();
    const id = objectId(now, `import:${ctx.records.all(collections.imports).length}:${now.getTime()}`);
    const record: JsonObject = {
      id,
      type: form.type,
      status: 'queued',
      origin: 'api',
      total: form.rows.length,
      success: 0,
      errors: 0,
      options: { delimiter: form.delimiter, overrideExisting: form.overrideExisting, updateOnlyEmptyFields: form.updateOnlyEmptyFields, ...(form.couponSetId ? { couponSetId: form.couponSetId } : {}) },
      createdAt: now.toISOString(),
    };
    ctx.records.put(collections.pending, id, { id, header: form.header, rows: form.rows });
    ctx.records.put(collections.imports, id, record);
    return c.json(record, 201);
  });
  app.get('/imports/:id', requireScope(ctx, 'imports:read'), (c) => {
    const found = ctx.records.get(collections.imports, c.req.param('id'));
    if (!found) throw notFound(`Import ${c.req.param('id')} not found.`);
    return c.json(found);
  });
  app.on('GET', ['/imports', '/imports/'], requireScope(ctx, 'imports:read'), (c) => {
    const newestFirst = ctx.records.all(collections.imports).sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    return c.json(listPage(newestFirst, new URL(c.req.url)));
  });
  return app;
}

interface ImportForm {
  type: ImportType;
  delimiter: ',' | ';';
  overrideExisting: boolean;
  updateOnlyEmptyFields: boolean;
  couponSetId: string | undefined;
  header: string[];
  rows: string[][];
}

async function readForm(c: Context): Promise<ImportForm> {
  if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
    throw new ConnectifApiError(415, errorCodes.unsupportedMedia, 'Send the import as multipart/form-data with a "file" part (the CSV) and a "type".');
  }
  if (Number(c.req.header('content-length') ?? 0) > maxImportBytes) throw tooLarge();
  const body = await c.req.parseBody();
  const errors: ValidationError[] = [];
  const field = (name: string) => (typeof body[name] === 'string' ? body[name].trim() : undefined);
  const type = field('type');
  if (!importTypes.includes(type as ImportType)) errors.push({ path: 'type', reason: `must be one of ${importTypes.join(', ')}` });
  const delimiter = field('delimiter') || ',';
  if (delimiter !== ',' && delimiter !== ';') errors.push({ path: 'delimiter', reason: 'must be , or ;' });
  const overrideExisting = flag(field('overrideExisting'), 'overrideExisting', errors);
  const updateOnlyEmptyFields = flag(field('updateOnlyEmptyFields'), 'updateOnlyEmptyFields', errors);
  if (updateOnlyEmptyFields && !overrideExisting) errors.push({ path: 'updateOnlyEmptyFields', reason: 'may be true only when overrideExisting is true' });
  const couponSetId = field('couponSetId') || undefined;
  if (type === 'coupons' && !couponSetId) errors.push({ path: 'couponSetId', reason: 'is required to import coupons' });
  const file = body.file;
  if (!(file instanceof File)) errors.push({ path: 'file', reason: 'must be the CSV file, sent as a file part' });
  if (errors.length > 0 || !(file instanceof File)) throw invalid(errors);
  if (file.size > maxImportBytes) throw tooLarge();
  const [header = [], ...rows] = parseCsv(await file.text(), delimiter);
  const problem = headerProblem(type as ImportType, header.map((h) => h.trim()));
  if (problem) throw invalid([{ path: 'file', reason: problem }]);
  return { type: type as ImportType, delimiter: delimiter as ',' | ';', overrideExisting, updateOnlyEmptyFields, couponSetId, header: header.map((h) => h.trim()), rows };
}

function flag(value: string | undefined, path: string, errors: ValidationError[]): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  errors.push({ path, reason: 'must be true or false' });
  return false;
}

const tooLarge = () => new ConnectifApiError(413, errorCodes.tooLarge, `The file is over ${maxImportBytes / 1024 / 1024} MB, Connectif's limit for an import.`);
