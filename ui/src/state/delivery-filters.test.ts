import { describe, expect, it } from 'vitest';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import { filtersFromSearch, filtersToSearch, matchesFilters, sameFilters } from './delivery-filters.ts';

const d = { id: 'dlv_01ABC', provider: 'ploomes', event: 'Deals.Win', eventId: 'ploomes:1:Deals', target: 'http://127.0.0.1:3000/Hooks/in', status: 'failed', createdAt: '2026-01-02T00:00:00.000Z' } as DeliverySummary;

describe('delivery filters', () => {
  it('reads the filters a URL names, ignoring unknown keys, empty values and unknown statuses', () => {
    expect(filtersFromSearch('?provider=ploomes&status=failed&q=+abc+&x=1&event=')).toEqual({ provider: 'ploomes', status: 'failed', q: 'abc' });
    expect(filtersFromSearch('?status=lost')).toEqual({});
  });

  it('writes them back in the order given, leaving empty ones out', () => {
    expect(filtersToSearch({ provider: 'ploomes', q: '', status: 'failed', limit: 200 })).toBe('?provider=ploomes&status=failed&limit=200');
    expect(filtersToSearch({})).toBe('');
  });

  it('compares filter sets by what they select', () => {
    expect(sameFilters({ provider: 'ploomes', q: '' }, { provider: 'ploomes' })).toBe(true);
    expect(sameFilters({ provider: 'ploomes' }, { provider: 'hubspot' })).toBe(false);
  });

  it.each([
    [{ provider: 'ploomes', status: 'failed' as const }, true],
    [{ provider: 'hubspot' }, false],
    [{ target: 'http://127.0.0.1:3000/Hooks/in' }, true],
    [{ target: 'http://127.0.0.1:3000/hooks/in' }, false],
    [{ target: 'http://127.0.0.1:3000/hooks/*' }, true],
    [{ q: 'abc' }, true],
    [{ q: 'DEALS' }, true],
    [{ q: 'nope' }, false],
    [{ since: '2026-01-03T00:00:00.000Z' }, false],
  ])('checks a live row against %j as the server would: %s', (filters, expected) => {
    expect(matchesFilters(d, filters)).toBe(expected);
  });
});
