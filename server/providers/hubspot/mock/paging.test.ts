import { describe, expect, it } from 'vitest';
import { HubSpotApiError } from './hubspot-errors.ts';
import { limitOf, pageAfter } from './paging.ts';

const url = 'http://127.0.0.1:4400/mock/hubspot/crm/v3/objects/contacts?limit=2&properties=email';
const records = ['101', '105', '106', '230', '231'].map((id) => ({ id }));

describe('hubspot mock paging', () => {
  it('starts the next page after the last id returned, with the same request as link', () => {
    expect(pageAfter(records, { limit: 2, after: undefined, url })).toEqual({
      items: [{ id: '101' }, { id: '105' }],
      paging: { next: { after: '106', link: 'http://127.0.0.1:4400/mock/hubspot/crm/v3/objects/contacts?limit=2&properties=email&after=106' } },
    });
    expect(pageAfter(records, { limit: 2, after: '106', url }).items).toEqual([{ id: '106' }, { id: '230' }]);
  });

  it('has no paging on the last page', () => {
    expect(pageAfter(records, { limit: 2, after: '231', url })).toEqual({ items: [{ id: '231' }] });
    expect(pageAfter(records, { limit: 5, after: undefined, url }).paging).toBeUndefined();
    expect(pageAfter(records, { limit: 2, after: '999', url })).toEqual({ items: [] });
  });

  it('skips nothing when the record a cursor came from is deleted meanwhile', () => {
    const first = pageAfter(records, { limit: 2, after: undefined, url });
    const withoutLast = records.filter((r) => r.id !== '105');
    expect(pageAfter(withoutLast, { limit: 2, after: first.paging!.next.after, url }).items).toEqual([{ id: '106' }, { id: '230' }]);
  });

  it('refuses a cursor it did not hand out', () => {
    expect(() => pageAfter(records, { limit: 2, after: 'NTI1Cg==', url })).toThrow(HubSpotApiError);
  });

  it.each([
    [undefined, 10],
    ['1', 1],
    ['100', 100],
    ['250', 100],
  ])('reads limit %s as %i (default 10, at most 100)', (value, expected) => {
    expect(limitOf(value, 100)).toBe(expected);
  });

  it.each(['0', '-1', '2.5', 'ten'])('refuses limit %s', (value) => {
    expect(() => limitOf(value, 100)).toThrow(HubSpotApiError);
  });
});
