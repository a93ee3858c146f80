import { describe, expect, it } from 'vitest';
import { mergeHeaders } from './prepare-attempt.ts';

describe('mergeHeaders', () => {
  it('lets an auth header replace the same name in any spelling, keeping the rest in order', () => {
    expect(mergeHeaders({ 'Content-Type': 'a', authorization: 'Bearer settings', 'X-Other': 'o' }, { Authorization: 'Bearer credentials' })).toEqual({
      'Content-Type': 'a',
      'X-Other': 'o',
      Authorization: 'Bearer credentials',
    });
  });
});
