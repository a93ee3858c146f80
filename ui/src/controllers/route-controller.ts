/**
 * @module The inspector's address: which view, which record is open, and the list's filters, so any
 * view can be shared as a link and back/forward walk through what the user did.
 *
 * `/` and `/deliveries/<id>` (with `?provider=…&status=…`, and `&show=deliveries|inbound` to narrow
 * the list from both kinds interleaved to one; inbound requests' `snk_…` ids open there too),
 * `/inbound` and `/inbound/<id>` for the sink's requests (not `/sink/…`: the server answers that path
 * as the sink itself), `/settings`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filtersFromSearch, filtersToSearch, type DeliveryFilters } from '../state/delivery-filters.ts';
import { defaultShow, showFromSearch, type Show } from '../state/inbound-rows.ts';

export type View = 'deliveries' | 'sink' | 'settings';

export interface Route {
  view: View;
  /** The delivery or sink request open in the detail pane. */
  id?: string;
  filters: DeliveryFilters;
  /** What the deliveries view's list shows; absent: the default, both interleaved. */
  show?: Show;
}

/** @example routeFromLocation({ pathname: '/deliveries/dlv_1', search: '?status=failed' }) // { view: 'deliveries', id: 'dlv_1', filters: { status: 'failed' } } */
export function routeFromLocation({ pathname, search }: { pathname: string; search: string }): Route {
  const filters = filtersFromSearch(search);
  const [, first = '', second] = pathname.split('/');
  const id = second ? decodeURIComponent(second) : undefined;
  if (first === 'inbound') return { view: 'sink', ...(id ? { id } : {}), filters };
  if (first === 'settings') return { view: 'settings', filters };
  const show = showFromSearch(search);
  return { view: 'deliveries', ...(first === 'deliveries' && id ? { id } : {}), filters, ...(show === defaultShow ? {} : { show }) };
}

/** @example hrefOf({ view: 'deliveries', id: 'dlv_1', filters: { provider: 'ploomes' } }) // '/deliveries/dlv_1?provider=ploomes' */
export function hrefOf(route: Route): string {
  const id = route.id ? `/${encodeURIComponent(route.id)}` : '';
  const path = route.view === 'sink' ? `/inbound${id}` : route.view === 'settings' ? '/settings' : id ? `/deliveries${id}` : '/';
  const show = route.view === 'deliveries' && route.show !== defaultShow ? route.show : undefined;
  return `${path}${filtersToSearch({ ...route.filters, show })}`;
}

export interface RouteControllerOptions {
  /** Called after every change, from navigate() or from back/forward. */
  onChange?(route: Route, previous: Route): void;
}

/**
 * @example private route = new RouteController(this, { onChange: (r) => feed.setFilters(r.filters) })
 */
export class RouteController implements ReactiveController {
  route: Route = routeFromLocation(location);
  private readonly host: ReactiveControllerHost;
  private readonly options: RouteControllerOptions;

  constructor(host: ReactiveControllerHost, options: RouteControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('click', this.onClick);
  }

  /**
   * Goes to a route; `replace` for changes not worth a history entry (each keystroke of a search).
   * @example route.navigate({ ...route.route, id: 'dlv_1' })
   */
  navigate(next: Route, { replace = false }: { replace?: boolean } = {}): void {
    const previous = this.route;
    if (hrefOf(next) === hrefOf(previous)) return;
    if (replace) history.replaceState(null, '', hrefOf(next));
    else history.pushState(null, '', hrefOf(next));
    this.set(next, previous);
  }

  private readonly onPopState = () => this.set(routeFromLocation(location), this.route);

  /** Links to the inspector's own views (in any shadow root) navigate in place instead of reloading. */
  private readonly onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = e.composedPath().find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || /^\/(api|sink|assets|ws)(\/|$)/.test(url.pathname)) return;
    e.preventDefault();
    this.navigate(routeFromLocation(url));
  };

  private set(next: Route, previous: Route): void {
    this.route = next;
    this.options.onChange?.(next, previous);
    this.host.requestUpdate();
  }
}
