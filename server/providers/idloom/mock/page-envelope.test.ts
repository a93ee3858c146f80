import { describe, expect, it } from 'vitest';
import { IdloomApiError } from './idloom-api-error.ts';
import { pageEnvelope, readPage } from './page-envelope.ts';

describe('idloom page envelope', () => {
  it('pages {data} with Laravel links and meta, keeping the other query parameters', () => {
    const url = new URL('http://x/attendees?event_uid=e1&page=2&page_size=2');
    expect(pageEnvelope([1, 2, 3, 4, 5], readPage(url), url)).toEqual({
      data: [3, 4],
      links: {
        first: 'http://x/attendees?event_uid=e1&page=1&page_size=2',
        last: 'http://x/attendees?event_uid=e1&page=3&page_size=2',
        prev: 'http://x/attendees?event_uid=e1&page=1&page_size=2',
        next: 'http://x/attendees?event_uid=e1&page=3&page_size=2',
      },
      meta: { current_page: 2, from: 3, last_page: 3, path: 'http://x/attendees', per_page: 2, to: 4, total: 5 },
    });
  });

  it('answers an empty data array past the last page', () => {
    const url = new URL('http://x/events?page=9');
    expect(pageEnvelope([1], readPage(url), url)).toMatchObject({ data: [], links: { next: null }, meta: { from: null, to: null, last_page: 1 } });
  });

  it.each(['page=0', 'page=x', 'page_size=1001', 'page_size=-2'])('refuses %s as a validation error', (query) => {
    expect(() => readPage(new URL(`http://x/events?${query}`))).toThrow(IdloomApiError);
  });
});
