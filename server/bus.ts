/** @module In-process fan-out of stored messages to whoever listens (the WebSocket server, the CLI). */
import type { Message } from './messages.ts';

export interface Bus {
  publish(message: Message): void;
  /** Returns the function that stops listening. */
  subscribe(listener: (message: Message) => void): () => void;
}

/**
 * `deliver` decides when a published message reaches the listeners: the workbench passes the store's
 * afterCommit, so nobody hears of a change before it is committed.
 * @example const bus = createBus(store.afterCommit)
 */
export function createBus(deliver: (send: () => void) => void = (send) => send()): Bus {
  const listeners = new Set<(message: Message) => void>();
  const fanOut = (message: Message) => {
    for (const listener of listeners) {
      try {
        listener(message);
      } catch (e) {
        // One broken listener must not stop the others, nor the engine that published.
        console.error(`hookbench: a message listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  return {
    publish: (message) => deliver(() => fanOut(message)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
