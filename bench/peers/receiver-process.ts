/**
 * @module The trivial receiver of issue 8 (node:http answering 204), run in a process of its own so
 * that no contender shares its event loop, counting arrivals for the parent over IPC.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceiverReport, ReceiverRequest } from './receiver.ts';

let expected = 0;
let count = 0;
let bytes = 0;

const server = http.createServer((req, res) => {
  let size = 0;
  req.on('data', (chunk: Buffer) => (size += chunk.length));
  req.on('end', () => {
    res.writeHead(204).end();
    count++;
    bytes += size;
    if (count === expected) report();
  });
});

function report(): void {
  const message: ReceiverReport = { type: 'done', count, bytes, lastNs: String(process.hrtime.bigint()) };
  process.send!(message);
}

process.on('message', (message: ReceiverRequest) => {
  if (message.type === 'expect') {
    ({ count: expected } = message);
    count = 0;
    bytes = 0;
    process.send!({ type: 'armed' } satisfies ReceiverReport);
  } else if (message.type === 'status') {
    process.send!({ type: 'status', count } satisfies ReceiverReport);
  } else {
    // Peers' keep-alive connections would hold a closing server open.
    process.exit(0);
  }
});

// The benchmark was killed: nobody is left to count for.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send!({ type: 'listening', port: (server.address() as AddressInfo).port } satisfies ReceiverReport));
