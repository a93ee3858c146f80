/** @module The sending thread's side (threaded-send.ts): runs `send` for each attempt posted to it. */
import { parentPort } from 'node:worker_threads';
import { send, type SendInput, type SendResult } from './send.ts';

/** An attempt to send, and its outcome, as they cross between threads. */
export interface SendRequestMessage {
  id: number;
  input: SendInput;
}
export interface SendReplyMessage {
  id: number;
  result: SendResult;
}

parentPort?.on('message', (message: SendRequestMessage) => {
  void send(message.input).then((result) => parentPort?.postMessage({ id: message.id, result } satisfies SendReplyMessage));
});
