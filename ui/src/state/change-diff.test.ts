import { describe, expect, it } from 'vitest';
import { changesOf } from './change-diff.ts';

describe('change diff', () => {
  it("compares the fields Ploomes lists in Old with the same fields in New", () => {
    const set = changesOf('ploomes', { Action: 'Update', New: { Id: 7, Email: 'b@x', Phones: [{ N: '2' }] }, Old: { Id: 7, Email: 'a@x', Phones: [{ N: '1' }] } });
    expect(set?.changes).toEqual([
      { path: 'Id', old: 7, new: 7, changed: false },
      { path: 'Email', old: 'a@x', new: 'b@x', changed: true },
      { path: 'Phones.0.N', old: '1', new: '2', changed: true },
    ]);
  });

  it("lists HubSpot's property changes with their new value only", () => {
    const set = changesOf('hubspot', [
      { subscriptionType: 'contact.propertyChange', objectId: 12, propertyName: 'country', propertyValue: 'Spain' },
      { subscriptionType: 'contact.creation', objectId: 13 },
    ]);
    expect(set?.changes).toEqual([{ path: 'contact 12 · country', new: 'Spain', changed: true }]);
  });

  it('has nothing to say about other events', () => {
    expect(changesOf('ploomes', { Action: 'Create', New: { Id: 1 } })).toBeUndefined();
    expect(changesOf('hubspot', [{ subscriptionType: 'contact.creation' }])).toBeUndefined();
    expect(changesOf('parallel', { New: {}, Old: {} })).toBeUndefined();
  });
});
