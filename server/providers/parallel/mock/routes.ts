/**
 * @module The Parallel mock's HTTP surface, mounted at /mock/parallel: Parallel's public API under
 * `/api/v1` (base URL `https://www.onparallel.com/api/v1` in production) and hookbench's own extra
 * writes under `/hookbench`, both behind the Bearer check and the rate limit; errors as `{code, message}`.
 */
import { Hono } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import type { ParallelSettings } from '../settings.ts';
import { ParallelApiError, errorResponse } from './api-error.ts';
import { authAndRateLimit } from './auth-rate-limit.ts';
import { hookbenchRoutes } from './hookbench-routes.ts';
import { meResource } from './org-user.ts';
import { petitionRoutes } from './petition-routes.ts';
import { profileRoutes } from './profile-routes.ts';
import { subscriptionRoutes } from './subscription-routes.ts';

/**
 * @example parallelRoutes(ctx).request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })
 */
export function parallelRoutes(ctx: MockContext<ParallelCredentials, ParallelSettings>): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  const guard = authAndRateLimit(ctx);
  app.use('/api/v1/*', guard);
  app.use('/hookbench/*', guard);

  app.get('/api/v1/me', (c) => c.json(meResource(ctx.settings())));
  app.route('/api/v1', profileRoutes(ctx));
  app.route('/api/v1', petitionRoutes(ctx));
  app.route('/api/v1', subscriptionRoutes(ctx));
  app.route('/hookbench', hookbenchRoutes(ctx));

  // Parallel's Express router would answer its own "Cannot GET" page; the mock keeps the JSON shape [inferred].
  const notFound = (method: string, path: string) => {
    // The path as the client wrote it after its base URL (the mount point is hookbench's).
    throw new ParallelApiError('ResourceNotFound', `Cannot ${method} ${/\/(api\/v1|hookbench)(\/.*)?$/.exec(path)?.[0] ?? path}`);
  };
  app.all('/api/v1/*', (c) => notFound(c.req.method, c.req.path));
  app.all('/hookbench/*', (c) => notFound(c.req.method, c.req.path));
  return app;
}
