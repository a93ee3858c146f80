/** @module The sending thread's side (threaded-send.ts): runs `send` for each attempt posted to it. */
import { parentPort } from 'node:worker_threads';
import { send, type SendInput } from './send.ts';

parentPort?.on('message', (message: { id: number; input: SendInput }) => {
  void send(message.input).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
