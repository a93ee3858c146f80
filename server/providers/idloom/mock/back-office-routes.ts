/**
 * @module hookbench-only writes under /mock/idloom/hookbench/…: idloom's v4 API has no write endpoint
 * that we could find (research §2.6), and its webhooks fire on what organisers and guests do in idloom
 * itself. These routes stand for those actions: each changes the stored record and fires the
 * matching trigger, with the record as the body, to every subscription registered through
 * /api/mocks/idloom/subscriptions. No API key: they are the back office, not the API.
 */
import { Hono, type Context } from 'hono';
import { slug } from '../../../generate/common-helpers.ts';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { IdloomCredentials } from '../credentials.ts';
import { idloomEventId } from '../event-id.ts';
import { manualTriggerOf, type IdloomSettings } from '../settings.ts';
import { applyFieldMapping } from './field-mapping.ts';
import { IdloomApiError, invalid, notFound } from './idloom-api-error.ts';
import { mockSettingsOf } from './mock-settings.ts';
import { changes, checkPatch, parseBody } from './record-patch.ts';
import { collections, formatNow, generateRecord, nextNumericId } from './records.ts';

type Ctx = MockContext<IdloomCredentials, IdloomSettings>;

const guestReadOnly = ['uid', 'id', 'event_uid', 'profile_uid', 'event_name', 'event_start_date', 'event_end_date', 'created_at', 'updated_at'];
const eventReadOnly = ['uid', 'id', 'profile_uid', 'created_at', 'updated_at'];
/** What a guest repeats of its event. */
const repeated = { name: 'event_name', start_date: 'event_start_date', end_date: 'event_end_date' } as const;

/**
 * @example app.route('/hookbench', idloomBackOfficeRoutes(ctx)) // PATCH /hookbench/attendees/<uid> → guest.update
 */
export function idloomBackOfficeRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const settings = () => ctx.settings();
  // The delivery is named as generated ones are: by trigger, record uid and updated_at.
  const emitAs = (trigger: string, payload: JsonObject) =>
    ctx.emit(trigger, { payload, eventId: idloomEventId(payload, trigger, trigger.endsWith('.manual') ? manualTriggerOf(settings()) : undefined) });
  const emitGuest = (trigger: string, record: JsonObject) => emitAs(trigger, applyFieldMapping(record, mockSettingsOf(settings()).fieldMapping));
  const emitEvent = (trigger: string, record: JsonObject) => emitAs(trigger, record);
  const find = (collection: string, uid: string, what: string) => ctx.records.get(collection, uid) ?? fail(notFound(what));
  const answer = (c: Context, data: JsonObject, deliveries: string[], status: 200 | 201 = 200) => c.json({ data, deliveries }, status);

  app.post('/attendees', async (c) => {
    const body = parseBody(await c.req.text());
    const { event_uid: eventUid, ...fields } = body;
    if (typeof eventUid !== 'string') throw invalid({ event_uid: ['The event uid field is required: the event the guest registers for.'] });
    const event = find(collections.events, eventUid, 'Event');
    const id = nextNumericId(ctx.records, collections.guests, 1_000_000);
    const generated = generateRecord('guest.create', { seed: id, now: ctx.now(), settings: settings(), eventUids: [eventUid] });
    const record: JsonObject = { ...generated, ...eventCopy(event), id, ...checkPatch(fields, generated, guestReadOnly) };
    ctx.records.put(collections.guests, String(record.uid), record);
    return answer(c, record, emitGuest('guest.create', record), 201);
  });

  app.patch('/attendees/:uid', async (c) => {
    const current = find(collections.guests, c.req.param('uid'), 'Guest');
    const patch = checkPatch(parseBody(await c.req.text()), current, guestReadOnly);
    if (!changes(current, patch)) return answer(c, current, []);
    const record: JsonObject = { ...current, ...patch, updated_at: formatNow(ctx.now(), settings()) };
    ctx.records.put(collections.guests, String(record.uid), record);
    return answer(c, record, emitGuest('guest.update', record));
  });

  app.delete('/attendees/:uid', (c) => {
    const record = find(collections.guests, c.req.param('uid'), 'Guest');
    ctx.records.delete(collections.guests, String(record.uid));
    return answer(c, record, emitGuest('guest.delete', record));
  });

  app.post('/attendees/:uid/manual', (c) => {
    const record = find(collections.guests, c.req.param('uid'), 'Guest');
    return answer(c, record, emitGuest('guest.manual', record));
  });

  app.post('/events', async (c) => {
    const id = nextNumericId(ctx.records, collections.events, 100_000);
    const generated = generateRecord('event.create', { seed: id, now: ctx.now(), settings: settings(), eventUids: [] });
    const fields = checkPatch(parseBody(await c.req.text()), generated, eventReadOnly);
    const record = withUrl({ ...generated, id, ...fields }, fields, settings());
    ctx.records.put(collections.events, String(record.uid), record);
    return answer(c, record, emitEvent('event.create', record), 201);
  });

  app.patch('/events/:uid', async (c) => {
    const current = find(collections.events, c.req.param('uid'), 'Event');
    const patch = checkPatch(parseBody(await c.req.text()), current, eventReadOnly);
    if (!changes(current, patch)) return answer(c, current, []);
    const record: JsonObject = { ...current, ...patch, updated_at: formatNow(ctx.now(), settings()) };
    ctx.records.put(collections.events, String(record.uid), record);
    // Guests repeat the event's name and dates; they follow it without a guest.update of their own
    // (whether idloom fires one per guest is not documented).
    for (const guest of ctx.records.all(collections.guests).filter((g) => g.event_uid === record.uid)) {
      ctx.records.put(collections.guests, String(guest.uid), { ...guest, ...eventCopy(record) });
    }
    return answer(c, record, emitEvent('event.update', record));
  });

  app.delete('/events/:uid', (c) => {
    const record = find(collections.events, c.req.param('uid'), 'Event');
    const registered = ctx.records.all(collections.guests).filter((g) => g.event_uid === record.uid).length;
    if (registered > 0) {
      throw new IdloomApiError(409, { message: `The event still has ${registered} guest(s): delete them first (DELETE /hookbench/attendees/<uid>), so the data set keeps no guest without its event.` });
    }
    ctx.records.delete(collections.events, String(record.uid));
    return answer(c, record, emitEvent('event.delete', record));
  });

  app.post('/events/:uid/manual', (c) => {
    const record = find(collections.events, c.req.param('uid'), 'Event');
    return answer(c, record, emitEvent('event.manual', record));
  });

  return app;
}

function eventCopy(event: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(repeated).map(([from, to]) => [to, event[from] ?? null]));
}

/** A new event named in the request gets the public URL of that name (a rename keeps its URL). */
function withUrl(record: JsonObject, fields: JsonObject, settings: IdloomSettings): JsonObject {
  if (typeof fields.name !== 'string' || Object.hasOwn(fields, 'url')) return record;
  return { ...record, url: `https://${settings.accountName}.idloom.events/${slug(fields.name)}` };
}

function fail(error: Error): never {
  throw error;
}
