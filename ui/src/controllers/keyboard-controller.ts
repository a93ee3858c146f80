/**
 * @module The inspector's keyboard: j/k move in the list, Enter opens, r replays, / searches, Escape
 * closes; none of them while the user types in a field or a dialog is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Shortcut = 'next' | 'previous' | 'open' | 'replay' | 'search' | 'close';

const bindings: Readonly<Record<string, Shortcut>> = {
  j: 'next',
  k: 'previous',
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Enter: 'open',
  r: 'replay',
  '/': 'search',
  Escape: 'close',
};

/** Arrow keys belong to whatever has focus, except the list: they move in it only from there. */
const listOnly = new Set(['ArrowDown', 'ArrowUp']);
const typing = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const activating = new Set(['BUTTON', 'A', 'SUMMARY']);

export interface KeyboardControllerOptions {
  /** Handles a shortcut; returns false to let the key through. */
  onShortcut(shortcut: Shortcut, event: KeyboardEvent): boolean;
}

/**
 * @example new KeyboardController(this, { onShortcut: (s) => (s === 'next' ? (select(+1), true) : false) })
 */
export class KeyboardController implements ReactiveController {
  private readonly options: KeyboardControllerOptions;

  constructor(host: ReactiveControllerHost, options: KeyboardControllerOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const shortcut = bindings[event.key];
    if (!shortcut) return;
    const path = event.composedPath().filter((t): t is HTMLElement => t instanceof HTMLElement);
    const inList = path.some((el) => el.getAttribute('role') === 'grid');
    // A modal dialog handles its own keys (Escape closes it natively).
    if (path.some((el) => el.tagName === 'DIALOG')) return;
    const target = path[0];
    if (target && (typing.has(target.tagName) || target.isContentEditable)) return;
    if (target && activating.has(target.tagName) && (event.key === 'Enter' || event.key === ' ')) return;
    if (listOnly.has(event.key) && !inList) return;
    if (this.options.onShortcut(shortcut, event)) event.preventDefault();
  };
}
