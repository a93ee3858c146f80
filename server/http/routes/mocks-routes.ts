/** @module hookbench's side of the mock APIs: subscriptions (with faults) and resets — /api/mocks/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { targetSchema } from '../../delivery/delivery-input.ts';
import { faultsSchema } from '../../delivery/faults.ts';
import { HookbenchError } from '../../errors.ts';
import { seedMock } from '../../mock/mock-routes.ts';
import type { Provider } from '../../providers/types.ts';
import { jsonValueSchema } from '../../util/json.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody } from '../read-input.ts';

const subscriptionFields = {
  target: targetSchema,
  events: z.array(z.string().min(1)).nullable(),
  settings: z.record(z.string(), jsonValueSchema),
  faults: faultsSchema,
  active: z.boolean(),
};
const subscriptionBody = z
  .object({
    ...subscriptionFields,
    events: subscriptionFields.events.default(null),
    settings: subscriptionFields.settings.default({}),
    faults: subscriptionFields.faults.default({}),
    active: subscriptionFields.active.default(true),
  })
  .strict();
// Without defaults: a PATCH changes what it names and nothing else.
const subscriptionPatch = z.object(subscriptionFields).partial().strict();

export function mocksRoutes(bench: Workbench) {
  const app = new Hono();
  const mocked = (id: string): Provider => {
    const provider = bench.registry.get(id);
    if (!provider.mock) throw new HookbenchError('NOT_FOUND', `${provider.id} has no mock API`, { path: 'provider' });
    return provider;
  };
  const checkEvents = (provider: Provider, events: string[] | null) => events?.forEach((e, i) => bench.registry.event(provider, e, `events.${i}`));

  app.get('/', (c) =>
    c.json({
      mocks: bench.registry
        .list()
        .filter((p) => p.mock)
        .map((p) => ({ provider: p.id, base: `/mock/${p.id}`, subscriptions: bench.store.mocks.subscriptions(p.id).list().length, seeded: bench.store.mocks.isSeeded(p.id) })),
    }),
  );

  app.get('/:provider/subscriptions', (c) => c.json({ items: bench.store.mocks.subscriptions(mocked(c.req.param('provider')).id).list() }));

  app.post('/:provider/subscriptions', async (c) => {
    const provider = mocked(c.req.param('provider'));
    const input = await readJsonBody(c, subscriptionBody);
    checkEvents(provider, input.events);
    return c.json(bench.store.mocks.subscriptions(provider.id).create(input), 201);
  });

  app.patch('/:provider/subscriptions/:id', async (c) => {
    const provider = mocked(c.req.param('provider'));
    const patch = await readJsonBody(c, subscriptionPatch);
    if (patch.events !== undefined) checkEvents(provider, patch.events);
    const updated = bench.store.mocks.subscriptions(provider.id).update(c.req.param('id'), patch);
    if (!updated) throw new HookbenchError('NOT_FOUND', `no ${provider.id} subscription "${c.req.param('id')}"`, { path: 'id' });
    return c.json(updated);
  });

  app.delete('/:provider/subscriptions/:id', (c) => {
    const provider = mocked(c.req.param('provider'));
    if (!bench.store.mocks.subscriptions(provider.id).delete(c.req.param('id'))) {
      throw new HookbenchError('NOT_FOUND', `no ${provider.id} subscription "${c.req.param('id')}"`, { path: 'id' });
    }
    return c.json({ deleted: true });
  });

  app.post('/:provider/reset', (c) => {
    const provider = mocked(c.req.param('provider'));
    bench.store.mocks.reset(provider.id);
    seedMock(bench, provider);
    return c.json({ reset: true });
  });

  return app;
}
