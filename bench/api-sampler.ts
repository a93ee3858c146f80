/**
 * @module Times a GET at a steady interval from a thread of its own. The soak's main thread also
 * drives 500 POSTs a second, answers 500 deliveries a second and parses two WebSocket feeds; timed
 * there, a GET's answer waited behind that work (that loop was measured 30–90 ms late at times), and
 * the bench's own delay was counted as the server's.
 *
 * Each tick sends two GETs, 50 ms apart: one on a kept-alive connection, as the inspector, curl
 * scripts and Node's own agent do, and one on a new connection, which also waits for the server to
 * accept it (a turn of its event loop before the request is even read).
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the thread runs it as is, without the TypeScript loader.
const samplerSource = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, everyMs } = workerData;
const keptAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });
const times = { keptAlive: [], fresh: [], keptAliveSentAt: [], freshSentAt: [] };
const began = performance.now();
let started = 0;
function sample(kind) {
  started++;
  const start = performance.now();
  const done = (ms) => {
    times[kind].push(ms);
    times[kind + 'SentAt'].push((start - began) / 1000);
  };
  const req = http.get(url, { agent: kind === 'keptAlive' ? keptAlive : false }, (res) => {
    res.resume();
    res.on('end', () => done((res.statusCode ?? 0) < 300 ? performance.now() - start : Infinity));
  });
  req.on('error', () => done(Infinity));
}
const timers = [setInterval(() => sample('keptAlive'), everyMs)];
setTimeout(() => timers.push(setInterval(() => sample('fresh'), everyMs)), everyMs / 2);
parentPort.on('message', () => {
  timers.forEach(clearInterval);
  // Answers still on their way are waited for (up to 10 s), so a slow last one is counted.
  const waitUntil = Date.now() + 10000;
  (function finish() {
    if (times.keptAlive.length + times.fresh.length >= started || Date.now() > waitUntil) parentPort.postMessage(times);
    else setTimeout(finish, 20);
  })();
});
`;

export interface ApiTimes {
  /** On a kept-alive connection. */
  keptAlive: number[];
  /** Each on a new connection. */
  fresh: number[];
  /** When each of `keptAlive` was sent, in seconds since sampling began (same order). */
  keptAliveSentAt: number[];
  freshSentAt: number[];
}

export interface ApiSampler {
  /** Stops sampling; resolves with every answer's time in ms (Infinity for a failure). */
  stop(): Promise<ApiTimes>;
}

/**
 * @example const sampler = startApiSampler(`${url}/api/deliveries`, 100); …; const { keptAlive } = await sampler.stop()
 */
export function startApiSampler(url: string, everyMs: number): ApiSampler {
  const worker = new Worker(samplerSource, { eval: true, workerData: { url, everyMs } });
  return {
    stop: () =>
      new Promise<ApiTimes>((resolve, reject) => {
        worker.once('message', (times: ApiTimes) => {
          void worker.terminate();
          resolve(times);
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}
