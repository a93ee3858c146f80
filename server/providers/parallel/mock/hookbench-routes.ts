/**
 * @module Writes Parallel's public API does not have, under `/hookbench/…` so nobody mistakes them
 * for Parallel's: reopening a closed profile (the UI's `reopenProfile`) to drive `PROFILE_REOPENED`.
 * Same Bearer token and rate limit as the API.
 */
import { Hono } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import type { ParallelSettings } from '../settings.ts';
import { ParallelApiError } from './api-error.ts';
import { emitParallelEvent } from './emit-event.ts';
import { tokenUserId } from './org-user.ts';
import { toJson, toProfileResource } from './profile-record.ts';
import { load } from './profile-routes.ts';

export function hookbenchRoutes(ctx: MockContext<ParallelCredentials, ParallelSettings>): Hono {
  const app = new Hono();

  app.post('/profiles/:profileId/reopen', (c) => {
    const { profile, number } = load(ctx, c.req.param('profileId'));
    if (profile.status !== 'CLOSED') throw new ParallelApiError('BadRequestError', 'The profile must have status CLOSED in order to be reopened.');
    profile.status = 'OPEN';
    ctx.records.put('profiles', profile.id, toJson(profile));
    emitParallelEvent(ctx, { group: 'Profile', type: 'PROFILE_REOPENED', subjectNumber: number, data: { userId: tokenUserId(ctx.settings()) } });
    return c.json(toProfileResource(profile, ctx.settings().orgId, { fields: false, fieldOptions: false, subscribers: false, relationships: false }));
  });

  return app;
}
