/**
 * @module Who the API token belongs to: the org's first user (settings `userIds[0]`), the `userId`
 * of every event a write through the mock causes, and what `GET /me` answers.
 */
import { seededFaker } from '../../../generate/seeded-faker.ts';
import type { JsonObject } from '../../../util/json.ts';
import { toGlobalId } from '../global-id.ts';
import type { ParallelSettings } from '../settings.ts';

/** Parallel API tokens are personal: events from API writes carry the owner's `userId` [inferred]. */
export const tokenUserId = (settings: Pick<ParallelSettings, 'userIds'>): string => toGlobalId('User', settings.userIds[0] ?? 1);

/**
 * A user as Parallel's `User` schema shows it; the name is drawn from the user's own number, so it
 * never changes for a workbench.
 * @example orgUser(settings, 17).id // '4EpJtbARxz'
 */
export function orgUser(settings: Pick<ParallelSettings, 'locale'>, userNumber: number): JsonObject {
  const faker = seededFaker({ locale: settings.locale, seed: userNumber, now: new Date(0) });
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  return {
    id: toGlobalId('User', userNumber),
    email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
  };
}

/** `GET /me`: the token's user with its organization. */
export function meResource(settings: Pick<ParallelSettings, 'locale' | 'userIds' | 'orgId'>): JsonObject {
  return {
    ...orgUser(settings, settings.userIds[0] ?? 1),
    organization: { id: toGlobalId('Organization', settings.orgId), name: settings.locale === 'es' ? 'Asesoría Ejemplo S.L.' : 'Example Advisors Ltd' },
  };
}
