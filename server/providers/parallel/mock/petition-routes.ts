/**
 * @module `/petitions` ("parallels") and `/templates` of Parallel's public API: list with filters and
 * `offset/limit` → `{items, totalCount}`, get, create from a template, close and reopen, each write
 * emitting its webhook (`PETITION_CREATED` + `TEMPLATE_USED`, `PETITION_CLOSED`, `PETITION_REOPENED`).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { MockContext } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import { toGlobalId } from '../global-id.ts';
import type { ParallelSettings } from '../settings.ts';
import { ParallelApiError, forbidden } from './api-error.ts';
import { allocate } from './counters.ts';
import { emitParallelEvent } from './emit-event.ts';
import { orgUser, tokenUserId } from './org-user.ts';
import { enumListParam, idParam, listParam, pageParams, sortRecords } from './params.ts';
import {
  asStoredPetition,
  asStoredTemplate,
  petitionIncludes,
  petitionJson,
  petitionStatuses,
  toPetitionResource,
  toTemplateResource,
  type StoredPetition,
} from './petition-record.ts';
import { readBody } from './read-body.ts';

type Ctx = MockContext<ParallelCredentials, ParallelSettings>;

const createPetitionSchema = z.object({ templateId: z.string(), name: z.string().nullable().optional() }).strict();
const sortValues = ['createdAt_ASC', 'createdAt_DESC', 'name_ASC', 'name_DESC'] as const;

export function petitionRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const includeOf = (c: Context) => enumListParam(c.req.query('include'), 'include', petitionIncludes) ?? [];
  const userId = () => tokenUserId(ctx.settings());

  app.get('/petitions', (c) => {
    const query = c.req.query();
    const { offset, limit } = pageParams(query);
    const include = includeOf(c);
    const sortBy = enumListParam(query.sortBy, 'sortBy', sortValues);
    const status = enumListParam(query.status, 'status', petitionStatuses);
    const tags = listParam(query.tags);
    const templates = listParam(query.fromTemplateId);
    const search = query.search?.toLowerCase();
    const matching = ctx.records
      .all('petitions')
      .map(asStoredPetition)
      .filter(
        (p) =>
          (!status || status.includes(p.status)) &&
          (!templates || templates.includes(p.fromTemplateId ?? '')) &&
          (!tags || tags.every((t) => p.tags.includes(t))) &&
          (!search || (p.name ?? '').toLowerCase().includes(search)),
      );
    const items = sortRecords(matching as unknown as Record<string, unknown>[], sortBy) as unknown as StoredPetition[];
    return c.json({ items: items.slice(offset, offset + limit).map((p) => toPetitionResource(p, include)), totalCount: items.length });
  });

  app.post('/petitions', async (c) => {
    const include = includeOf(c);
    const body = await readBody(c, createPetitionSchema);
    const record = ctx.records.get('templates', body.templateId);
    if (!record) throw forbidden();
    const template = asStoredTemplate(record);
    const number = allocate(ctx.records, 'Petition');
    const settings = ctx.settings();
    const petition: StoredPetition = {
      id: toGlobalId('Petition', number),
      name: body.name ?? template.name,
      path: '/',
      status: 'DRAFT',
      deadline: null,
      locale: template.locale,
      createdAt: ctx.now().toISOString(),
      fromTemplateId: template.id,
      customProperties: {},
      isAnonymized: false,
      tags: [...template.tags],
      owner: orgUser(settings, settings.userIds[0] ?? 1),
    };
    ctx.records.put('petitions', petition.id, petitionJson(petition));
    emitParallelEvent(ctx, { group: 'Petition', type: 'PETITION_CREATED', subjectNumber: number, data: { userId: userId() } });
    // The template's own event, as the catalogue's TEMPLATE_USED describes it [inferred order].
    const { id: templateNumber } = idParam(template.id, 'templateId', ['Petition']);
    emitParallelEvent(ctx, { group: 'Petition', type: 'TEMPLATE_USED', subjectNumber: templateNumber, data: { userId: userId(), newPetitionId: petition.id } });
    return c.json(toPetitionResource(petition, include), 201);
  });

  app.get('/petitions/:petitionId', (c) => c.json(toPetitionResource(load(ctx, c.req.param('petitionId')).petition, includeOf(c))));

  app.post('/petitions/:petitionId/close', (c) => {
    const include = includeOf(c);
    const { petition, number } = load(ctx, c.req.param('petitionId'));
    // Closing a closed parallel changes nothing and tells nobody [inferred].
    if (petition.status !== 'CLOSED') {
      petition.status = 'CLOSED';
      ctx.records.put('petitions', petition.id, petitionJson(petition));
      emitParallelEvent(ctx, { group: 'Petition', type: 'PETITION_CLOSED', subjectNumber: number, data: { userId: userId() } });
    }
    return c.json(toPetitionResource(petition, include));
  });

  app.post('/petitions/:petitionId/reopen', (c) => {
    const include = includeOf(c);
    const { petition, number } = load(ctx, c.req.param('petitionId'));
    if (petition.status !== 'CLOSED' && petition.status !== 'COMPLETED') throw new ParallelApiError('Conflict', 'The parallel is not closed or completed');
    petition.status = 'PENDING';
    ctx.records.put('petitions', petition.id, petitionJson(petition));
    emitParallelEvent(ctx, { group: 'Petition', type: 'PETITION_REOPENED', subjectNumber: number, data: { userId: userId() } });
    return c.json(toPetitionResource(petition, include));
  });

  app.get('/templates', (c) => {
    const { offset, limit } = pageParams(c.req.query());
    const include = enumListParam(c.req.query('include'), 'include', ['fields', 'tags'] as const) ?? [];
    const all = ctx.records.all('templates').map(asStoredTemplate);
    return c.json({ items: all.slice(offset, offset + limit).map((t) => toTemplateResource(t, include)), totalCount: all.length });
  });

  app.get('/templates/:templateId', (c) => {
    const id = c.req.param('templateId');
    idParam(id, 'templateId', ['Petition']);
    const record = ctx.records.get('templates', id);
    if (!record) throw forbidden();
    const include = enumListParam(c.req.query('include'), 'include', ['fields', 'tags'] as const) ?? [];
    return c.json(toTemplateResource(asStoredTemplate(record), include));
  });

  return app;
}

function load(ctx: Pick<Ctx, 'records'>, petitionId: string | undefined): { petition: StoredPetition; number: number } {
  const { id: number } = idParam(petitionId, 'petitionId', ['Petition']);
  const record = ctx.records.get('petitions', String(petitionId));
  if (!record) throw forbidden();
  return { petition: asStoredPetition(record), number };
}
