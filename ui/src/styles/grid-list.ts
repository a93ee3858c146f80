/** @module The look both virtualised lists share (deliveries, sink requests): a sticky header, dense rows, a cursor. */
import { css } from 'lit';

/**
 * Each list sets `--cols` (its grid-template-columns) on :host.
 * @example static override styles = [gridList, css`:host { --cols: 80px 1fr; }`]
 */
export const gridList = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    container-type: inline-size;
  }
  [role='grid'] {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
    outline: none;
  }
  .head,
  .row {
    display: grid;
    grid-template-columns: var(--cols);
    gap: 10px;
    align-items: center;
    padding: 0 12px;
    box-sizing: border-box;
    width: 100%;
  }
  .head {
    flex: none;
    height: 28px;
    background: var(--hb-surface-2);
    border-bottom: 1px solid var(--hb-border);
    font-size: var(--hb-font-size-small);
    font-weight: 600;
    color: var(--hb-text-muted);
  }
  lit-virtualizer {
    flex: 1;
    min-height: 0;
  }
  .row {
    height: var(--hb-row-height);
    border-bottom: 1px solid var(--hb-border);
    background: var(--hb-surface);
    cursor: pointer;
  }
  .row:hover {
    background: var(--hb-surface-2);
  }
  .row[aria-selected='true'] {
    background: var(--hb-selected);
    box-shadow: inset 3px 0 0 var(--hb-accent);
  }
  .row.cursor {
    box-shadow: inset 3px 0 0 var(--hb-border-strong);
  }
  .row.cursor[aria-selected='true'] {
    box-shadow: inset 3px 0 0 var(--hb-accent);
  }
  [role='grid']:focus-visible .row.cursor {
    outline: 2px solid var(--hb-focus);
    outline-offset: -2px;
  }
  .cell {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .mono {
    font-family: var(--hb-font-mono);
    font-size: var(--hb-font-size-small);
  }
  .muted {
    color: var(--hb-text-muted);
  }
  .num {
    text-align: right;
  }
  .bad {
    color: var(--hb-fail);
  }
  .good {
    color: var(--hb-ok);
  }
  .placeholder .bar {
    height: 9px;
    border-radius: 4px;
    background: var(--hb-surface-2);
  }
  .empty {
    padding: 40px 16px;
    text-align: center;
    color: var(--hb-text-muted);
  }
  .empty code {
    font-family: var(--hb-font-mono);
    font-size: var(--hb-font-size-small);
    background: var(--hb-surface-2);
    padding: 2px 6px;
    border-radius: 4px;
  }
`;
