import { describe, expect, it } from 'vitest';
import { applySet, parseSetFlag, readPath } from './set-path.ts';

describe('applySet', () => {
  it('writes nested paths without touching the input', () => {
    const input = { New: { Name: 'a', Phones: [{ PhoneNumber: '1' }] } };
    const out = applySet(input, { 'New.Name': 'ACME', 'New.Phones.0.PhoneNumber': '2', 'New.Extra.Deep': true });
    expect(out).toEqual({ New: { Name: 'ACME', Phones: [{ PhoneNumber: '2' }], Extra: { Deep: true } } });
    expect(input.New.Name).toBe('a');
  });
  it('turns a null on the way into an object', () => {
    expect(applySet({ Old: null }, { 'Old.Name': 'x' })).toEqual({ Old: { Name: 'x' } });
  });
  it.each([
    [{ a: 'text' }, 'a.b', /cannot set "b" inside a string/],
    [{ a: [1] }, 'a.5', /not an index of an array of 1/],
    [{}, 'a..b', /not a valid path/],
  ])('refuses %j at %s naming the path', (input, path, message) => {
    expect(() => applySet(input, { [path]: 1 })).toThrow(message);
  });
});

describe('parseSetFlag', () => {
  it.each([
    ['New.Name=ACME', 'ACME'],
    ['New.Amount=10.5', 10.5],
    ['New.Active=true', true],
    ['New.Tags=["a"]', ['a']],
    ['New.Code="007"', '007'],
    ['New.Note=a=b', 'a=b'],
  ])('reads %s', (flag, value) => expect(parseSetFlag(flag)[1]).toEqual(value));
  it('rejects a flag without PATH=', () => expect(() => parseSetFlag('=x')).toThrow(/PATH=VALUE/));
});

describe('readPath', () => {
  it('reads through objects and arrays', () => expect(readPath({ a: [{ b: 3 }] }, ['a', '0', 'b'])).toBe(3));
});
