/** @module A list's keyboard cursor (j/k): which row it is on, moved row by row; distinct from the row that is open. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * @example private cursor = new CursorController(this); … cursor.move(feed.items, +1, route.id)
 */
export class CursorController implements ReactiveController {
  id: string | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, initial?: string) {
    this.host = host;
    this.id = initial;
    host.addController(this);
  }

  hostConnected(): void {}

  set(id: string | undefined): void {
    if (id === this.id) return;
    this.id = id;
    this.host.requestUpdate();
  }

  /**
   * Moves `by` rows from the cursor (or from `from` when the cursor is on no row of `rows`); onto
   * the first row when neither is. Returns false at either end.
   */
  move(rows: readonly { id: string }[], by: number, from?: string): boolean {
    const start = [this.id, from].find((id) => id !== undefined && rows.some((r) => r.id === id));
    const at = start === undefined ? -1 : rows.findIndex((r) => r.id === start);
    const next = at < 0 ? rows[0] : rows[at + by];
    if (!next) return false;
    this.set(next.id);
    return true;
  }
}
