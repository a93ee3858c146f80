import { describe, expect, it } from 'vitest';
import { ConnectifApiError } from './connectif-api-error.ts';
import { listPage } from './list-page.ts';

const items = Array.from({ length: 5 }, (_, i) => ({ n: i }));

describe('Connectif list page', () => {
  it('links the next page only while there is one, and the previous one from the second page', () => {
    const first = listPage(items, new URL('http://x/imports?limit=2'));
    expect(first).toEqual({ links: { next: 'http://x/imports?limit=2&skip=2' }, results: [{ n: 0 }, { n: 1 }] });
    const last = listPage(items, new URL('http://x/imports?limit=2&skip=4'));
    expect(last).toEqual({ links: { prev: 'http://x/imports?limit=2&skip=2' }, results: [{ n: 4 }] });
  });

  it.each(['limit=0', 'limit=101', 'limit=x', 'skip=-1'])('refuses %s with validationErrors', (query) => {
    expect(() => listPage(items, new URL(`http://x/imports?${query}`))).toThrow(ConnectifApiError);
  });
});
