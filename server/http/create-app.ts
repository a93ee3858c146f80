/** @module The Hono app: control API, built-in sink and inspector, each behind the right guard. */
import { Hono } from 'hono';
import type { Workbench } from '../workbench.ts';
import { apiBodyLimit } from './api-body-limit.ts';
import { commitBeforeReply } from './commit-before-reply.ts';
import { watchOverlap } from './watch-overlap.ts';
import { notFound, onError } from './error-response.ts';
import { healthOf } from './health.ts';
import { hostGuard, type HostGuardOptions } from './host-guard.ts';
import { jsonRequestsOnly } from './json-requests-only.ts';
import { redactResponses } from './redact-responses.ts';
import { securityHeaders } from './security-headers.ts';
import { maxApiBodyBytes } from './read-input.ts';
import { mockRoutes } from '../mock/mock-routes.ts';
import { batchesRoutes } from './routes/batches-routes.ts';
import { mocksRoutes } from './routes/mocks-routes.ts';
import { deliveriesRoutes } from './routes/deliveries-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { providersRoutes } from './routes/providers-routes.ts';
import { scenariosRoutes } from './routes/scenarios-routes.ts';
import { sinkRequestsRoutes } from './routes/sink-requests-routes.ts';
import { suitesRoutes } from './routes/suites-routes.ts';
import { sinkRoutes } from './routes/sink-routes.ts';
import { uiRoutes } from './routes/ui-routes.ts';

export interface AppOptions {
  bench: Workbench;
  guard: HostGuardOptions;
  uiDir?: string;
  startedAt?: Date;
}

/**
 * @example const res = await createApp({ bench, guard: { allowedHosts: loopbackHosts(4400) } }).request('/api/health', { headers: { host: '127.0.0.1:4400' } })
 */
export function createApp({ bench, guard, uiDir, startedAt = new Date() }: AppOptions): Hono {
  const app = new Hono();
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', watchOverlap(bench.store.overlap), commitBeforeReply(bench.store));

  // What the sink and mocks answer is partly the caller's (?body=): inert, though on the inspector's origin.
  app.use('/sink/*', securityHeaders('inert'));
  app.use('/mock/*', securityHeaders('inert'));
  // The sink takes webhooks from anywhere a developer points them (tunnels included): no host guard.
  app.route('/sink', sinkRoutes(bench));
  // The mock APIs answer the developer's integration (a container, a tunnel): no host guard either;
  // they reach only mock data, never the control API's routes.
  app.route('/mock', mockRoutes(bench));

  const api = new Hono();
  api.use('*', securityHeaders('api'), hostGuard(guard), jsonRequestsOnly(), redactResponses(bench.redactor, { accessToken: guard.access?.token }));
  api.use('*', apiBodyLimit(maxApiBodyBytes));
  api.get('/health', (c) => c.json(healthOf(bench, startedAt)));
  api.route('/providers', providersRoutes(bench));
  api.route('/deliveries', deliveriesRoutes(bench));
  api.route('/sink/requests', sinkRequestsRoutes(bench));
  api.route('/scenarios', scenariosRoutes(bench));
  api.route('/suites', suitesRoutes(bench));
  api.route('/export', exportRoutes(bench));
  api.route('/batches', batchesRoutes(bench));
  api.route('/mocks', mocksRoutes(bench));
  api.all('*', notFound);
  app.route('/api', api);

  const ui = new Hono();
  ui.use('*', hostGuard(guard, { tokenInQuery: true }));
  ui.route('/', uiRoutes(uiDir));
  app.route('/', ui);
  return app;
}
