/**
 * @module The v4 read endpoints (research §2.6): attendees, events and their fields, categories,
 * options and statuses, invoices, and the credentials check.
 */
import { Hono } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { IdloomCredentials } from '../credentials.ts';
import type { IdloomSettings } from '../settings.ts';
import { attendeeStatuses, distinctNames, eventFields, invoicesOf } from './event-details.ts';
import { applyFieldMapping, ignoresMapping } from './field-mapping.ts';
import { invalid, notFound } from './idloom-api-error.ts';
import { mockSettingsOf } from './mock-settings.ts';
import { pageEnvelope, readPage } from './page-envelope.ts';
import { collections } from './records.ts';

type Ctx = MockContext<IdloomCredentials, IdloomSettings>;

/**
 * @example app.route('/', idloomReadRoutes(ctx)) // GET /attendees?event_uid=…&page=1&page_size=100
 */
export function idloomReadRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const events = () => ctx.records.all(collections.events);
  const guestsOf = (eventUid: string | undefined) => {
    const all = ctx.records.all(collections.guests);
    return eventUid === undefined ? all : all.filter((g) => g.event_uid === eventUid);
  };
  /** The event a query names (`event_uid`), or 404; undefined when the query names none. */
  const namedEvent = (url: URL, required: boolean): JsonObject | undefined => {
    const uid = url.searchParams.get('event_uid');
    if (uid === null || uid === '') {
      if (required) throw invalid({ event_uid: ['The event uid field is required.'] });
      return undefined;
    }
    const event = ctx.records.get(collections.events, uid);
    if (!event) throw notFound('Event');
    return event;
  };

  app.get('/attendees', (c) => {
    const url = new URL(c.req.url);
    const page = readPage(url);
    const event = namedEvent(url, false);
    const guestUid = url.searchParams.get('guest_uid');
    let guests = guestsOf(event ? String(event.uid) : undefined);
    if (guestUid !== null && guestUid !== '') guests = guests.filter((g) => g.uid === guestUid);
    const mapping = ignoresMapping(url) ? {} : mockSettingsOf(ctx.settings()).fieldMapping;
    return c.json(pageEnvelope(guests.map((g) => applyFieldMapping(g, mapping)), page, url));
  });

  app.get('/events', (c) => {
    const url = new URL(c.req.url);
    const page = readPage(url);
    const uid = url.searchParams.get('uid');
    const list = uid === null || uid === '' ? events() : events().filter((e) => e.uid === uid);
    return c.json(pageEnvelope(list, page, url));
  });

  app.get('/events/fields', (c) => {
    const event = namedEvent(new URL(c.req.url), true)!;
    return c.json({ data: eventFields(guestsOf(String(event.uid))) });
  });
  app.get('/events/categories', (c) => {
    const event = namedEvent(new URL(c.req.url), true)!;
    return c.json({ data: distinctNames(guestsOf(String(event.uid)), (g) => g.category) });
  });
  app.get('/events/options', (c) => {
    const event = namedEvent(new URL(c.req.url), true)!;
    return c.json({ data: distinctNames(guestsOf(String(event.uid)), (g) => g.options) });
  });
  app.get('/events/attendees-statuses', (c) => {
    const event = namedEvent(new URL(c.req.url), true)!;
    return c.json({ data: attendeeStatuses(guestsOf(String(event.uid))) });
  });

  app.get('/invoices', (c) => {
    const url = new URL(c.req.url);
    const page = readPage(url);
    const event = namedEvent(url, false);
    const currency = new Map(events().map((e) => [e.uid, e.currency ?? 'EUR']));
    const invoices = invoicesOf(guestsOf(event ? String(event.uid) : undefined), (uid) => currency.get(uid) ?? 'EUR');
    return c.json(pageEnvelope(invoices, page, url));
  });

  app.get('/other/auth', (c) => c.json({ data: { account_name: ctx.settings().accountName, integration_name: mockSettingsOf(ctx.settings()).integrationName } }));

  return app;
}
