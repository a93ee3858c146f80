/**
 * @module The live list as shown: deliveries, inbound requests, or both interleaved by time. Owns no
 * rows of its own: it merges the two feeds (once per change) and pages whichever the merge is
 * waiting on as the user scrolls.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliveryFilters } from '../state/delivery-filters.ts';
import { defaultShow, inboundQueryOf, type Show } from '../state/inbound-rows.ts';
import { mergeTimeline, type Timeline, type TimelineRow } from '../state/timeline.ts';
import type { ApiError } from './api-client.ts';
import type { DeliveryFeed } from './delivery-feed.ts';
import type { InboundFeed } from './inbound-feed.ts';

/**
 * @example private timeline = new TimelineFeed(this, { deliveries, inbound }); … list: .rows=${timeline.items} @hb-range=${(e) => timeline.want(e.last)}
 */
export class TimelineFeed implements ReactiveController {
  show: Show = defaultShow;
  private readonly deliveries: DeliveryFeed;
  private readonly inbound: InboundFeed;
  private memo: { inputs: unknown[]; timeline: Timeline } | undefined;
  private wantUntil = 0;
  private pumping = false;

  constructor(host: ReactiveControllerHost, { deliveries, inbound }: { deliveries: DeliveryFeed; inbound: InboundFeed }) {
    this.deliveries = deliveries;
    this.inbound = inbound;
    host.addController(this);
  }

  /** A page arrived: if the list still waits on rows it asked for, keep paging. */
  hostUpdated(): void {
    if (this.show !== 'deliveries' && !this.error && this.current().items.length < this.wantUntil) void this.pump();
  }

  /** What to show and with which filters; the inbound feed follows (the delivery feed follows the filters itself). */
  setView(show: Show, filters: DeliveryFilters): void {
    if (show !== this.show) this.wantUntil = 0;
    this.show = show;
    this.inbound.setQuery(inboundQueryOf(show, filters));
  }

  get items(): readonly TimelineRow[] {
    return this.current().items;
  }

  get total(): number {
    return this.current().total;
  }

  get loading(): boolean {
    return (this.show !== 'inbound' && this.deliveries.loading) || (this.show !== 'deliveries' && this.inbound.loading);
  }

  get error(): ApiError | undefined {
    return (this.show !== 'inbound' ? this.deliveries.error : undefined) ?? (this.show !== 'deliveries' ? this.inbound.error : undefined);
  }

  /** The list shows rows up to `last`: page until a screenful past it can be placed. */
  want(last: number): void {
    if (this.show === 'deliveries') return this.deliveries.want(last);
    this.wantUntil = Math.max(this.wantUntil, last + 100);
    void this.pump();
  }

  private current(): Timeline {
    const d = this.deliveries;
    const i = this.inbound;
    const inputs = [this.show, d.items, d.total, d.complete, i.items, i.total, i.complete];
    if (this.memo && inputs.every((value, k) => value === this.memo!.inputs[k])) return this.memo.timeline;
    const timeline: Timeline =
      this.show === 'deliveries'
        ? { items: d.items as TimelineRow[], total: d.total, next: undefined }
        : mergeTimeline(this.show === 'both' ? d : { items: [], total: 0, complete: true }, i);
    this.memo = { inputs, timeline };
    return timeline;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const { items, next } = this.current();
        if (!next || items.length >= this.wantUntil) return;
        // False while the feed is busy (a first page on its way): hostUpdated resumes when it lands.
        if (!(await (next === 'deliveries' ? this.deliveries.loadMore() : this.inbound.loadMore()))) return;
      }
    } finally {
      this.pumping = false;
    }
  }
}
