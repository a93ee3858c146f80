import { describe, expect, it } from 'vitest';
import { idloom } from '../index.ts';
import { seedIdloom } from './seed-records.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = idloom.settings.parse({ mock: { events: 2, guestsPerEvent: 3 } });

describe('idloom seeded data set', () => {
  const data = seedIdloom({ seed: 1, now, settings });

  it('seeds guests of each event, each repeating its event\'s name and dates', () => {
    expect(data.events).toHaveLength(2);
    expect(data.attendees).toHaveLength(6);
    const events = new Map(data.events!.map((e) => [e.uid, e]));
    for (const guest of data.attendees!) {
      const event = events.get(guest.event_uid);
      expect(event).toBeDefined();
      expect([guest.event_name, guest.event_start_date, guest.event_end_date]).toEqual([event!.name, event!.start_date, event!.end_date]);
    }
  });

  it('makes event N and its first guest the records of deliveries with seed N', () => {
    const guest = idloom.generate('guest.update', { seed: 2, now, set: {}, settings }).payload as { uid: string; event_uid: string };
    expect(guest.uid).toBe(data.attendees![3]!.uid);
    expect(guest.event_uid).toBe(data.events![1]!.uid);
  });

  it('seeds the events a webhook filters on', () => {
    const filtered = seedIdloom({ seed: 1, now, settings: { ...settings, eventUids: ['evt-a', 'evt-b', 'evt-c'] } });
    expect(filtered.events!.map((e) => e.uid)).toEqual(['evt-a', 'evt-b', 'evt-c']);
    expect(new Set(filtered.attendees!.map((g) => g.event_uid))).toEqual(new Set(['evt-a', 'evt-b', 'evt-c']));
  });
});
