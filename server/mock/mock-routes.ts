/**
 * @module /mock/<provider>/…: each provider's impersonated REST API, seeded on first use, every call
 * recorded so the inspector shows it next to the deliveries.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { newId } from '../util/ids.ts';
import { fixedDataClock } from '../generate/fixed-clock.ts';
import type { Provider } from '../providers/types.ts';
import type { Workbench } from '../workbench.ts';
import { createMockContext } from './mock-context.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { errorBody } from '../http/error-response.ts';
import { describeLimit, readBodyUpTo } from '../http/read-input.ts';

/** The seed the mock data sets are made from: the same workbench, the same records. */
export const mockSeed = 1;

/** The providers' own APIs take records and small batches; a body past this is a mistake, refused with 413. */
export const maxMockBodyBytes = 1024 * 1024;

export function mockRoutes(bench: Workbench): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const limiter = createRateLimiter();
  const mocked = bench.registry.list().filter((p) => p.mock);
  for (const provider of mocked) {
    const context = createMockContext(provider, { ...bench, limiter });
    const sub = new Hono<{ Bindings: HttpBindings }>();
    sub.use('*', seedOnce(bench, provider));
    sub.use('*', record(bench, provider));
    sub.route('/', provider.mock!.routes(context));
    app.route(`/${provider.id}`, sub);
  }
  app.all('*', (c) =>
    c.json({ error: { code: 'NOT_FOUND', message: `no mock API there; mocked providers: ${mocked.map((p) => `/mock/${p.id}`).join(', ')}` } }, 404),
  );
  return app;
}

/** Seeds the provider's data set the first time its API is called (and after a reset). */
export function seedMock(bench: Workbench, provider: Provider): void {
  if (!provider.mock || bench.store.mocks.isSeeded(provider.id)) return;
  const collections = provider.mock.seed({ seed: mockSeed, now: fixedDataClock, settings: bench.settingsFor(provider.id) });
  const idKey = provider.mock.idKey ?? {};
  bench.store.mocks.seed(
    provider.id,
    Object.fromEntries(
      Object.entries(collections).map(([collection, records]) => [collection, records.map((record) => ({ id: String(record[idKey[collection] ?? 'id']), record }))]),
    ),
  );
}

function seedOnce(bench: Workbench, provider: Provider): MiddlewareHandler {
  return async function seedOnceMiddleware(_c, next) {
    seedMock(bench, provider);
    await next();
  };
}

/** Records the call (method, URL, headers, body, status) as an inbound request named "mock". */
function record(bench: Workbench, provider: Provider): MiddlewareHandler<{ Bindings: HttpBindings }> {
  return async function recordMiddleware(c, next) {
    // When it came in, not when it was answered: a write emits its webhook before the answer, and the
    // inspector's timeline places the call below the delivery it caused.
    const receivedAt = new Date().toISOString();
    const read = ['GET', 'HEAD'].includes(c.req.method) ? { tooLarge: false as const, bytes: Buffer.alloc(0) } : await readBodyUpTo(c, maxMockBodyBytes);
    if (read.tooLarge) {
      // Recorded all the same (without the body): the inspector shows that the call came and why it failed.
      c.res = c.json(errorBody('PAYLOAD_TOO_LARGE', `the mock ${provider.name} API takes bodies up to ${describeLimit(maxMockBodyBytes)}; this one is ${read.size} bytes or more`, 'body'), 413);
    } else await next();
    const body = read.tooLarge ? '' : read.bytes.toString('utf8');
    const url = new URL(c.req.url);
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, key) => (headers[key] = value));
    bench.bus.publish(
      bench.store.sink.insert({
        id: newId('snk'),
        name: 'mock',
        method: c.req.method,
        // The mock's own key or token is a credential (HubSpot's ?hapikey=, a header): kept out of the record.
        url: bench.redactor.text(provider.id, `${url.pathname}${url.search}`),
        headers: bench.redactor.headers(provider.id, headers),
        body: bench.redactor.text(provider.id, body),
        bodyEncoding: 'utf8',
        bodyBytes: read.tooLarge ? read.size : read.bytes.length,
        receivedAt,
        provider: provider.id,
        responseStatus: c.res.status,
      }),
    );
  };
}
