/** @module What the server announces over the WebSocket, each message stored before it is sent. */
import type { AttemptError, DeliverySummary } from './delivery/types.ts';
import type { SinkRequestSummary } from './sink/types.ts';

export interface MessageData {
  'delivery.created': DeliverySummary;
  'attempt.started': { deliveryId: string; n: number; startedAt: string; method: string; url: string };
  'attempt.finished': {
    deliveryId: string;
    n: number;
    durationMs: number;
    ok: boolean;
    status?: number;
    error?: AttemptError;
    nextRetryAt?: string;
    nextRetryDelayMs?: number;
  };
  'delivery.updated': DeliverySummary;
  'deliveries.cleared': { before: number };
  'sink.request': SinkRequestSummary;
  'sink.cleared': { before: number };
  'suite.progress': {
    runId: string;
    done: number;
    total: number;
    case: { suite: string; name: string; status: 'passed' | 'failed' | 'error' | 'skipped'; durationMs: number; failures: { path: string; message: string }[] };
  };
  'suite.finished': { runId: string; durationMs: number; totals: { cases: number; passed: number; failed: number; errors: number; skipped: number } };
}
export type MessageType = keyof MessageData;
export const messageTypes = [
  'delivery.created',
  'attempt.started',
  'attempt.finished',
  'delivery.updated',
  'deliveries.cleared',
  'sink.request',
  'sink.cleared',
  'suite.progress',
  'suite.finished',
] as const satisfies readonly MessageType[];

/** `{seq, type, data}` with `seq` increasing per store, so `/ws?since=SEQ` can resume. */
export type Message = { [T in MessageType]: { seq: number; type: T; data: MessageData[T] } }[MessageType];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

// The message log already serialises each message's data to store it; the WebSocket reuses that text.
const encodings = new WeakMap<object, string>();

/** Records the JSON text of a message whose data was serialised as `dataJson`. */
export function rememberEncoding(message: Message, dataJson: string): void {
  encodings.set(message, `{"seq":${message.seq},"type":${JSON.stringify(message.type)},"data":${dataJson}}`);
}

/** The message as JSON text, as `JSON.stringify` writes it, without serialising it again when known. */
export function encodeMessage(message: Message): string {
  return encodings.get(message) ?? JSON.stringify(message);
}
