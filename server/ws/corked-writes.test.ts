import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCorker } from './corked-writes.ts';

/** A socket stand-in that records each write the stream layer hands down, as one call per batch. */
function recordingSocket() {
  const batches: string[][] = [];
  const socket = new Writable({
    writev(chunks, callback) {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      callback();
    },
    write(chunk, _encoding, callback) {
      batches.push([String(chunk)]);
      callback();
    },
  });
  return { socket, batches };
}

const nextTick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('createCorker', () => {
  it('sends what one run writes to a socket as one batch, after the run', async () => {
    const hold = createCorker();
    const { socket, batches } = recordingSocket();
    for (const frame of ['a', 'b', 'c']) {
      hold(socket);
      socket.write(frame);
    }
    expect(batches).toEqual([]);
    await nextTick();
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('releases every socket held in the run, and corks again in the next one', async () => {
    const hold = createCorker();
    const one = recordingSocket();
    const two = recordingSocket();
    for (const { socket } of [one, two, one, two]) {
      hold(socket);
      socket.write('x');
    }
    await nextTick();
    expect(one.batches).toEqual([['x', 'x']]);
    expect(two.batches).toEqual([['x', 'x']]);
    expect(one.socket.writableCorked).toBe(0);

    hold(one.socket);
    one.socket.write('y');
    hold(one.socket);
    one.socket.write('z');
    await nextTick();
    expect(one.batches).toEqual([['x', 'x'], ['y', 'z']]);
    expect(one.socket.writableCorked).toBe(0);
  });

  it('keeps the order and count of nested corks (ws corks each frame itself)', async () => {
    const hold = createCorker();
    const { socket, batches } = recordingSocket();
    hold(socket);
    socket.cork();
    socket.write('header');
    socket.write('payload');
    socket.uncork();
    socket.write('next');
    expect(batches).toEqual([]);
    await nextTick();
    expect(batches).toEqual([['header', 'payload', 'next']]);
  });
});
