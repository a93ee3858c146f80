import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import type { MockContext, MockRecords, MockSubscription } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import { parallelSettingsSchema, type ParallelSettings } from '../settings.ts';
import { parallelRoutes } from './routes.ts';
import { seedParallel } from './seed.ts';

const token = 'tok3n';
const settings = parallelSettingsSchema.parse({});

/** The routes' whole world in memory: seeded records, emitted events, an endless rate limit. */
function fakeContext() {
  const collections = new Map<string, Map<string, JsonObject>>();
  const coll = (name: string) => collections.get(name) ?? collections.set(name, new Map()).get(name)!;
  const records: MockRecords = {
    list: (c, { offset = 0, limit = 50 } = {}) => ({ items: [...coll(c).values()].slice(offset, offset + limit), total: coll(c).size }),
    all: (c) => [...coll(c).values()],
    get: (c, id) => coll(c).get(String(id)),
    put: (c, id, r) => void coll(c).set(String(id), r),
    delete: (c, id) => coll(c).delete(String(id)),
    nextId: () => 1,
    memo: (_key, build) => build(),
  };
  for (const [name, items] of Object.entries(seedParallel({ seed: 1, now: new Date('2026-01-01T12:00:00Z'), settings }))) {
    for (const item of items) records.put(name, String(item.id), item);
  }
  const emitted: { event: string; payload: JsonValue | undefined }[] = [];
  const subscriptions: MockSubscription[] = [];
  const ctx: MockContext<ParallelCredentials, ParallelSettings> = {
    providerId: 'parallel',
    credentials: () => ({ keys: [], apiToken: token }) as unknown as ParallelCredentials,
    settings: () => settings,
    records,
    subscriptions: {
      list: () => subscriptions,
      get: (id) => subscriptions.find((s) => s.id === id),
      create: (input) => {
        const s = { id: `sub_${subscriptions.length}`, provider: 'parallel', settings: {}, faults: {}, meta: {}, active: true, createdAt: '', ...input };
        subscriptions.push(s);
        return s;
      },
      update: () => undefined,
      delete: () => false,
    },
    emit: (event, { payload }) => (emitted.push({ event, payload }), []),
    rateLimit: (_key, limit) => ({ allowed: true, limit, remaining: limit - 1, resetAt: Date.now() + 60_000, retryAfterSeconds: 0 }),
    challenge: async () => ({ status: 200 }),
    now: () => new Date('2026-02-02T09:00:00.000Z'),
  };
  const app = parallelRoutes(ctx);
  const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
    app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  return { call, emitted, records };
}

const types = (emitted: { event: string }[]) => emitted.map((e) => e.event);

describe('parallel mock routes', () => {
  it('emits one event per changed field, then PROFILE_UPDATED naming them, when values are updated', async () => {
    const { call, emitted } = fakeContext();
    const { items } = (await (await call('/api/v1/profiles?limit=1&status=OPEN')).json()) as { items: { id: string }[] };
    const res = await call(`/api/v1/profiles/${items[0]!.id}`, { method: 'PUT', body: { values: { p_city: 'Girona', p_risk: 'HIGH' } } });
    expect(res.status).toBe(200);
    expect(types(emitted)).toEqual(['PROFILE_FIELD_VALUE_UPDATED', 'PROFILE_FIELD_VALUE_UPDATED', 'PROFILE_UPDATED']);
    const [city, risk, summary] = emitted.map((e) => e.payload as { data: JsonObject; profileId: string; createdAt: string });
    expect(city?.data).toMatchObject({ alias: 'p_city', userId: '4EpJtbARxz', integrationId: null });
    expect(summary?.data.profileTypeFieldIds).toEqual([city?.data.profileTypeFieldId, risk?.data.profileTypeFieldId]);
    expect(summary).toMatchObject({ profileId: items[0]!.id, createdAt: '2026-02-02T09:00:00.000Z' });
  });

  it('creates a parallel from a template with PETITION_CREATED on it and TEMPLATE_USED on the template', async () => {
    const { call, emitted } = fakeContext();
    const { items } = (await (await call('/api/v1/templates?limit=1')).json()) as { items: { id: string }[] };
    const petition = (await (await call('/api/v1/petitions', { body: { templateId: items[0]!.id } })).json()) as { id: string };
    expect(types(emitted)).toEqual(['PETITION_CREATED', 'TEMPLATE_USED']);
    expect(emitted[0]?.payload).toMatchObject({ petitionId: petition.id });
    expect(emitted[1]?.payload).toMatchObject({ petitionId: items[0]!.id, data: { newPetitionId: petition.id } });
  });

  it('reopens a closed profile through the hookbench extension, with PROFILE_REOPENED', async () => {
    const { call, emitted } = fakeContext();
    const { items } = (await (await call('/api/v1/profiles?limit=1&status=OPEN')).json()) as { items: { id: string }[] };
    expect((await call(`/hookbench/profiles/${items[0]!.id}/reopen`, { method: 'POST' })).status).toBe(400);
    await call(`/api/v1/profiles/${items[0]!.id}/close`, { method: 'POST' });
    const reopened = await call(`/hookbench/profiles/${items[0]!.id}/reopen`, { method: 'POST' });
    expect(await reopened.json()).toMatchObject({ status: 'OPEN' });
    expect(types(emitted)).toEqual(['PROFILE_CLOSED', 'PROFILE_REOPENED']);
  });

  it('answers an unknown path with ResourceNotFound in Parallel’s error shape', async () => {
    const { call } = fakeContext();
    const res = await call('/api/v1/contacts');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'ResourceNotFound', message: 'Cannot GET /api/v1/contacts' });
  });

  it('gives every event a new id, and numbers created profiles after the seeded ones', async () => {
    const { call, emitted, records } = fakeContext();
    const [type] = ((await (await call('/api/v1/profile-types?limit=1')).json()) as { items: { id: string }[] }).items;
    await call('/api/v1/profiles', { body: { profileTypeId: type!.id, values: { p_first_name: 'Ana' } } });
    const ids = emitted.map((e) => (e.payload as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records.all('profiles')).toHaveLength(26);
  });
});
