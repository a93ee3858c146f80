import { describe, expect, it } from 'vitest';
import { hrefOf, routeFromLocation, type Route } from './route-controller.ts';

describe('inspector routes', () => {
  it.each<[string, Route]>([
    ['/', { view: 'deliveries', filters: {} }],
    ['/?provider=ploomes&status=failed', { view: 'deliveries', filters: { provider: 'ploomes', status: 'failed' } }],
    ['/deliveries/dlv_1?q=abc', { view: 'deliveries', id: 'dlv_1', filters: { q: 'abc' } }],
    ['/?provider=ploomes&show=deliveries', { view: 'deliveries', filters: { provider: 'ploomes' }, show: 'deliveries' }],
    ['/deliveries/snk_1?show=inbound', { view: 'deliveries', id: 'snk_1', filters: {}, show: 'inbound' }],
    ['/inbound', { view: 'sink', filters: {} }],
    ['/inbound/snk_1', { view: 'sink', id: 'snk_1', filters: {} }],
    ['/settings', { view: 'settings', filters: {} }],
  ])('reads %s and writes it back the same', (href, route) => {
    const url = new URL(href, 'http://127.0.0.1:4400');
    expect(routeFromLocation(url)).toEqual(route);
    expect(hrefOf(route)).toBe(href);
  });

  it('leaves the default out of the address: both kinds interleaved is /', () => {
    expect(hrefOf({ view: 'deliveries', filters: {}, show: 'both' })).toBe('/');
    expect(routeFromLocation(new URL('/?show=both', 'http://127.0.0.1:4400'))).toEqual({ view: 'deliveries', filters: {} });
  });
});
