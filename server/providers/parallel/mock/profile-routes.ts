/**
 * @module `/profiles` and `/profile-types` of Parallel's public API (api/public/index.ts): list with
 * `offset/limit` → `{totalCount, items}`, get, create, update values, close, delete; each write emits
 * its webhook (`PROFILE_CREATED`, field events, `PROFILE_UPDATED`, `PROFILE_CLOSED`).
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
import { tokenUserId } from './org-user.ts';
import { enumListParam, idParam, listParam, pageParams, sortRecords } from './params.ts';
import { emitProfileChanges } from './profile-events.ts';
import { asStoredProfile, toJson, toProfileResource, type ProfileIncludes, type StoredProfile } from './profile-record.ts';
import { profileName, profileTypeFields, profileTypeResource } from './profile-type.ts';
import { applyValues, profileValuesSchema } from './profile-values.ts';
import { readBody } from './read-body.ts';

type Ctx = MockContext<ParallelCredentials, ParallelSettings>;

const createProfileSchema = z
  .object({ profileTypeId: z.string(), subscribe: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(), values: profileValuesSchema.optional() })
  .strict();
const updateProfileSchema = z.object({ values: profileValuesSchema }).strict();
const includeValues = ['fields', 'fields.field.options', 'subscribers', 'relationships'] as const;
const sortValues = ['createdAt_ASC', 'createdAt_DESC', 'name_ASC', 'name_DESC'] as const;

export function profileRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const orgId = () => ctx.settings().orgId;
  // Query parameters are parsed before anything is written, as Parallel's RestApi does.
  const includeOf = (c: Context) => includesOf(c.req.query('include'));
  const respond = (c: Context, profile: StoredProfile, include: ProfileIncludes, status: 200 | 201 = 200) => c.json(toProfileResource(profile, orgId(), include), status);

  app.get('/profiles', (c) => {
    const query = c.req.query();
    const { offset, limit } = pageParams(query);
    const include = includesOf(query.include);
    const sortBy = enumListParam(query.sortBy, 'sortBy', sortValues);
    const status = listParam(query.status);
    const types = listParam(query.profileTypeIds);
    const search = query.search?.toLowerCase();
    if (Object.keys(query).some((k) => k.startsWith('values['))) throw new ParallelApiError('BadRequestError', 'The values filter is not supported by the hookbench mock');
    const matching = ctx.records
      .all('profiles')
      .map(asStoredProfile)
      .filter((p) => (!status || status.includes(p.status)) && (!types || types.includes(p.profileTypeId)) && (!search || p.name.toLowerCase().includes(search)));
    const items = sortRecords(matching as unknown as Record<string, unknown>[], sortBy) as unknown as StoredProfile[];
    // Parallel writes totalCount first here (GetProfiles), items first elsewhere.
    return c.json({ totalCount: items.length, items: items.slice(offset, offset + limit).map((p) => toProfileResource(p, orgId(), include)) });
  });

  app.post('/profiles', async (c) => {
    const include = includeOf(c);
    const body = await readBody(c, createProfileSchema);
    const typeId = String(profileTypeResource(orgId(), { fields: false, options: false }).id);
    if (body.profileTypeId !== typeId) throw forbidden();
    const now = ctx.now();
    const profile: StoredProfile = { id: '', name: '', status: 'OPEN', profileTypeId: typeId, createdAt: now.toISOString(), properties: {} };
    const changes = applyValues({ profile, input: body.values ?? {}, fields: profileTypeFields(orgId()), records: ctx.records, now });
    const number = allocate(ctx.records, 'Profile');
    profile.id = toGlobalId('Profile', number);
    profile.name = profileName(valuesOf(profile));
    ctx.records.put('profiles', profile.id, toJson(profile));
    const userId = tokenUserId(ctx.settings());
    emitParallelEvent(ctx, { group: 'Profile', type: 'PROFILE_CREATED', subjectNumber: number, data: { userId, integrationId: null } });
    emitProfileChanges(ctx, { subjectNumber: number, changes, userId, summary: false });
    return respond(c, profile, include, 201);
  });

  app.get('/profiles/:profileId', (c) => {
    const include = includeOf(c);
    return respond(c, load(ctx, c.req.param('profileId')).profile, include);
  });

  app.put('/profiles/:profileId', async (c) => {
    const include = includeOf(c);
    const { profile, number } = load(ctx, c.req.param('profileId'));
    const body = await readBody(c, updateProfileSchema);
    if (profile.status !== 'OPEN') throw new ParallelApiError('BadRequestError', 'The profile must have status OPEN in order to be updated.');
    const changes = applyValues({ profile, input: body.values, fields: profileTypeFields(orgId()), records: ctx.records, now: ctx.now() });
    profile.name = profileName(valuesOf(profile));
    ctx.records.put('profiles', profile.id, toJson(profile));
    emitProfileChanges(ctx, { subjectNumber: number, changes, userId: tokenUserId(ctx.settings()), summary: true });
    return respond(c, profile, include);
  });

  app.delete('/profiles/:profileId', (c) => {
    const { profile } = load(ctx, c.req.param('profileId'));
    if (profile.status === 'OPEN') throw new ParallelApiError('BadRequestError', 'The profile must have status CLOSED or DELETION_SCHEDULED in order to be deleted.');
    // A permanent deletion: no webhook found for it in Parallel's event enum [inferred].
    ctx.records.delete('profiles', profile.id);
    return c.body(null, 204);
  });

  app.post('/profiles/:profileId/close', (c) => {
    const include = includeOf(c);
    const { profile, number } = load(ctx, c.req.param('profileId'));
    if (profile.status === 'CLOSED') throw new ParallelApiError('BadRequestError', 'The profile must have status OPEN or DELETION_SCHEDULED in order to be closed.');
    profile.status = 'CLOSED';
    ctx.records.put('profiles', profile.id, toJson(profile));
    emitParallelEvent(ctx, { group: 'Profile', type: 'PROFILE_CLOSED', subjectNumber: number, data: { userId: tokenUserId(ctx.settings()) } });
    return respond(c, profile, include);
  });

  app.get('/profile-types', (c) => {
    const { offset, limit } = pageParams(c.req.query());
    const items = [profileTypeResource(orgId(), typeIncludesOf(c.req.query('include')))];
    return c.json({ totalCount: items.length, items: items.slice(offset, offset + limit) });
  });

  app.get('/profile-types/:profileTypeId', (c) => {
    const id = c.req.param('profileTypeId');
    idParam(id, 'profileTypeId', ['ProfileType']);
    const type = profileTypeResource(orgId(), typeIncludesOf(c.req.query('include')));
    if (type.id !== id) throw forbidden();
    return c.json(type);
  });

  return app;
}

/** The stored profile behind a path id: 422 for a malformed id, 403 (Parallel's FORBIDDEN) for an unknown one. */
export function load(ctx: Pick<Ctx, 'records'>, profileId: string | undefined): { profile: StoredProfile; number: number } {
  const { id: number } = idParam(profileId, 'profileId', ['Profile']);
  const record = ctx.records.get('profiles', String(profileId));
  if (!record) throw forbidden();
  return { profile: asStoredProfile(record), number };
}

const valuesOf = (profile: StoredProfile) => Object.fromEntries(Object.entries(profile.properties).map(([alias, p]) => [alias, p.value]));

function includesOf(include: string | undefined): ProfileIncludes {
  const list: readonly string[] = enumListParam(include, 'include', includeValues) ?? [];
  return {
    fields: list.includes('fields'),
    fieldOptions: list.includes('fields') && list.includes('fields.field.options'),
    subscribers: list.includes('subscribers'),
    relationships: list.includes('relationships'),
  };
}

function typeIncludesOf(include: string | undefined): { fields: boolean; options: boolean } {
  const list: readonly string[] = enumListParam(include, 'include', ['fields', 'fields.options'] as const) ?? [];
  return { fields: list.includes('fields'), options: list.includes('fields') && list.includes('fields.options') };
}
