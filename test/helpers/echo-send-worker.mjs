// A stand-in for send-worker: answers every attempt with the thread it ran on, so a test can tell the thread did the work.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id }) => parentPort.postMessage({ id, result: { error: { code: 'NETWORK', message: `thread ${threadId}` }, durationMs: 1 } }));
