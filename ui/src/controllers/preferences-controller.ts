/** @module What the inspector remembers in this browser: the default target, the time scale, the fire panel's state. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Preferences {
  /** The target the inspector fires at; '' for the server's default. */
  target: string;
  /** Retry delays are multiplied by this; '' for the server's default. */
  timeScale: string;
  /** Whether the fire panel is shown beside the list. */
  panelOpen: boolean;
}

/** `hookbench.target` predates the others: the foundation's trigger panel stored it there. */
const keys = { target: 'hookbench.target', timeScale: 'hookbench.timeScale', panelOpen: 'hookbench.panelOpen' } as const;

function read(): Preferences {
  return {
    target: localStorage.getItem(keys.target) ?? '',
    timeScale: localStorage.getItem(keys.timeScale) ?? '',
    panelOpen: localStorage.getItem(keys.panelOpen) !== 'false',
  };
}

/**
 * @example private prefs = new PreferencesController(this); prefs.set({ target: 'http://127.0.0.1:3000/hook' })
 */
export class PreferencesController implements ReactiveController {
  value: Preferences = read();
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Changes and remembers some preferences; empty strings forget them. */
  set(changes: Partial<Preferences>): void {
    this.value = { ...this.value, ...changes };
    for (const [key, value] of Object.entries(changes) as [keyof Preferences, string | boolean][]) {
      if (value === '') localStorage.removeItem(keys[key]);
      else localStorage.setItem(keys[key], String(value));
    }
    this.host.requestUpdate();
  }

  /** The time scale to send with a delivery, when one is set. */
  get timeScale(): number | undefined {
    const n = Number(this.value.timeScale);
    return this.value.timeScale !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
  }

  /** Another tab changed them. */
  private readonly onStorage = () => {
    this.value = read();
    this.host.requestUpdate();
  };
}
