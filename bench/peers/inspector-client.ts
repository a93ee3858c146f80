/**
 * @module One inspector's WebSocket, as the benchmark attaches it to hookbench: every message is received
 * and parsed, and deliveries that succeed are counted, so "recorded" can be awaited like "arrived".
 */
import WebSocket from 'ws';

export interface InspectorClient {
  /** Resolves (with process.hrtime.bigint() at that moment) once `count` more deliveries have been announced as succeeded. */
  expectSucceeded(count: number): Promise<bigint>;
  /** Messages received since connecting. */
  messages(): number;
  close(): void;
}

/**
 * @example const inspector = await connectInspector(server.url); const done = inspector.expectSucceeded(3000)
 */
export async function connectInspector(serverUrl: string): Promise<InspectorClient> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/ws`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let messages = 0;
  let succeeded = 0;
  let waiting: { until: number; resolve(at: bigint): void } | undefined;
  ws.on('message', (data) => {
    messages++;
    const message = JSON.parse(String(data)) as { type: string; data?: { status?: string } };
    if (message.type !== 'delivery.updated' || message.data?.status !== 'succeeded') return;
    succeeded++;
    if (waiting && succeeded >= waiting.until) {
      waiting.resolve(process.hrtime.bigint());
      waiting = undefined;
    }
  });
  return {
    expectSucceeded: (count) => new Promise((resolve) => (waiting = { until: succeeded + count, resolve })),
    messages: () => messages,
    close: () => ws.close(),
  };
}
