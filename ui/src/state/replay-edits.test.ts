import { describe, expect, it } from 'vitest';
import { editableHeaders, faultValuesOf, headerEdits, replayInputOf, withOriginalEdits, type ReplayForm } from './replay-edits.ts';

const start: ReplayForm = {
  target: 'http://127.0.0.1:4400/sink/default',
  faults: { signature: 'invalid' },
  body: '{"a":1}',
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Key', value: 'k1' },
  ],
};

describe('replay edits', () => {
  it('sends nothing but the request to replay when nothing changed', () => {
    expect(replayInputOf(start, structuredClone(start))).toEqual({});
  });

  it('sends a changed target, changed faults and a changed body', () => {
    const input = replayInputOf(start, { ...start, target: ' http://127.0.0.1:3000/hook ', faults: {}, body: '{"a":2}' });
    expect(input).toEqual({ target: 'http://127.0.0.1:3000/hook', faults: {}, edits: { body: '{"a":2}' } });
  });

  it('sets changed and added headers and removes deleted ones with null', () => {
    const edited = [
      { name: 'X-Key', value: 'k2' },
      { name: 'X-Debug', value: '1' },
      { name: ' ', value: 'ignored' },
    ];
    expect(headerEdits(start.headers, edited)).toEqual({ 'X-Key': 'k2', 'X-Debug': '1', 'Content-Type': null });
  });

  it('leaves the transport headers out of the editor', () => {
    expect(editableHeaders({ Host: 'h', 'Content-Length': '2', Connection: 'keep-alive', 'X-Key': 'k' })).toEqual([{ name: 'X-Key', value: 'k' }]);
  });

  it('turns stored faults back into the form the API takes', () => {
    expect(faultValuesOf({ burst: { count: 50, concurrency: 10 }, delay: 2000, retry: [1000, 5000], disconnect: true, signature: 'stale' })).toEqual({
      burst: '50@10',
      delay: '2000ms',
      retry: '1000ms,5000ms',
      disconnect: true,
      signature: 'stale',
    });
  });
});

describe('replaying an edited delivery', () => {
  it("keeps the original's hand edits that the new edits do not touch", () => {
    expect(withOriginalEdits({ edits: { headers: { 'X-A': '2' } } }, { body: '{}', headers: { 'X-A': '1', 'X-B': null } })).toEqual({
      edits: { body: '{}', headers: { 'X-A': '2', 'X-B': null } },
    });
    expect(withOriginalEdits({ target: 'http://x' }, { body: '{}' })).toEqual({ target: 'http://x' });
  });
});
