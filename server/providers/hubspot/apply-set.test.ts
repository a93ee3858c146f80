import { describe, expect, it } from 'vitest';
import { applyHubSpotSet, pinnedAt } from './apply-set.ts';

const events = [{ a: 1 }, { a: 2 }];

describe('applyHubSpotSet', () => {
  it('writes a path without an index into every event and an indexed one into its event, which wins', () => {
    expect(applyHubSpotSet(events, { a: 0, '1.a': 9, 'b.c': true })).toEqual([
      { a: 0, b: { c: true } },
      { a: 9, b: { c: true } },
    ]);
  });

  it('leaves the events it was given untouched', () => {
    applyHubSpotSet(events, { a: 0 });
    expect(events).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('refuses an index past the batch and a malformed path, naming the set path', () => {
    expect(() => applyHubSpotSet(events, { '2.a': 0 })).toThrow(/set\.2\.a: the batch has 2 events/);
    expect(() => applyHubSpotSet(events, { 'a..b': 0 })).toThrow(/not a valid path/);
  });
});

describe('pinnedAt', () => {
  it("reads the event's own string first, then the batch-wide one, and ignores other types", () => {
    const set = { propertyName: 'email', '1.propertyName': 'phone', objectTypeId: 3 };
    expect([pinnedAt(set, 0, 'propertyName'), pinnedAt(set, 1, 'propertyName'), pinnedAt(set, 0, 'objectTypeId')]).toEqual(['email', 'phone', undefined]);
  });
});
