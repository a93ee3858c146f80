/**
 * @module Parallel's REST side, impersonated: the seeded data set and the routes (see routes.ts),
 * plugged into the provider as `mock`.
 */
import type { MockApi } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import type { ParallelSettings } from '../settings.ts';
import { parallelRoutes } from './routes.ts';
import { seedParallel } from './seed.ts';

/**
 * @example defineProvider({ …, mock: parallelMock })
 */
export const parallelMock: MockApi<ParallelCredentials, ParallelSettings> = {
  seed: (context) => seedParallel(context),
  routes: (context) => parallelRoutes(context),
};
