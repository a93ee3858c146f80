import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReceiver, type Receiver } from '../../test/helpers/receiver.ts';
import { send, withTransportHeaders } from './send.ts';
import { createThreadedSend, type ThreadedSend } from './threaded-send.ts';

let receiver: Receiver | undefined;
let sender: ThreadedSend | undefined;
afterEach(async () => {
  await sender?.close();
  await receiver?.close();
  sender = receiver = undefined;
  vi.restoreAllMocks();
});

const requestTo = (url: string, body: string) =>
  withTransportHeaders({ method: 'POST', url, headers: { 'Content-Type': 'application/json', 'X-Signature': 'abc=' }, body });

const withoutTiming = ({ durationMs: _, ...rest }: { durationMs: number }) => rest;

describe('createThreadedSend', () => {
  it('puts the same bytes on the wire and brings back the same answer as sending from the event loop', async () => {
    receiver = await startReceiver({ fallback: { status: 201, body: '{"ok":true}', headers: { 'X-Receiver': 'yes' } } });
    sender = createThreadedSend();
    const request = requestTo(`${receiver.url}/hook?a=1`, '{"Éstá":"ção"}');

    const threaded = await sender.send({ request, timeoutMs: 5000 });
    const here = await send({ request, timeoutMs: 5000 });

    const [fromThread, fromLoop] = receiver.requests;
    expect(fromThread!.rawHeaders).toEqual(fromLoop!.rawHeaders);
    expect(fromThread!.body.equals(fromLoop!.body)).toBe(true);
    expect(fromThread!.body.toString()).toBe('{"Éstá":"ção"}');
    expect(withoutTiming(threaded)).toEqual(withoutTiming(here));
    expect(threaded.response?.status).toBe(201);
  });

  it('classifies a failure as sending from the event loop does (a refused connection)', async () => {
    sender = createThreadedSend();
    const request = requestTo('http://127.0.0.1:9/hook', '{}');
    const threaded = await sender.send({ request, timeoutMs: 5000 });
    expect(threaded.error?.code).toBe('CONNECTION_REFUSED');
    expect(withoutTiming(threaded)).toEqual(withoutTiming(await send({ request, timeoutMs: 5000 })));
  });

  it('runs each attempt on the thread it started', async () => {
    sender = createThreadedSend({ entry: { entry: new URL('../../test/helpers/echo-send-worker.mjs', import.meta.url).href } });
    const results = await Promise.all([1, 2, 3].map(() => sender!.send({ request: requestTo('http://127.0.0.1:9/', '{}'), timeoutMs: 1000 })));
    const threads = new Set(results.map((r) => r.error?.message));
    expect(threads.size).toBe(1);
    // Not the test's own thread (0 in a process's main thread).
    expect([...threads][0]).toMatch(/^thread [1-9]\d*$/);
  });

  it('loses no attempt when the thread cannot start: those in it end INTERNAL, later ones go out from the event loop', async () => {
    receiver = await startReceiver();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sender = createThreadedSend({ entry: { entry: new URL('./no-such-worker.mjs', import.meta.url).href } });
    const request = requestTo(`${receiver.url}/hook`, '{}');

    const first = await sender.send({ request, timeoutMs: 5000 });
    expect(first.error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/sending thread stopped.*unknown/) });
    expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/sending thread failed/));

    const later = await sender.send({ request, timeoutMs: 5000 });
    expect(later.response?.status).toBe(200);
    expect(receiver.requests).toHaveLength(1);
  });

  it('sends from the event loop once closed', async () => {
    receiver = await startReceiver();
    sender = createThreadedSend();
    const request = requestTo(`${receiver.url}/hook`, '{}');
    expect((await sender.send({ request, timeoutMs: 5000 })).response?.status).toBe(200);
    await sender.close();
    expect((await sender.send({ request, timeoutMs: 5000 })).response?.status).toBe(200);
    expect(receiver.requests).toHaveLength(2);
  });
});
