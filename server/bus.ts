/** @module In-process fan-out of stored messages to whoever listens (the WebSocket server, the CLI). */
import type { Message } from './messages.ts';

export interface Bus {
  publish(message: Message): void;
  /** Returns the function that stops listening. */
  subscribe(listener: (message: Message) => void): () => void;
}

export function createBus(): Bus {
  const listeners = new Set<(message: Message) => void>();
  return {
    publish(message) {
      for (const listener of listeners) {
        try {
          listener(message);
        } catch (e) {
          // One broken listener must not stop the others, nor the engine that published.
          console.error(`hookbench: a message listener failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
