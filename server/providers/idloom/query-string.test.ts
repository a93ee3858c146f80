import { describe, expect, it } from 'vitest';
import { appendQuery, buildQuery, phpUrlencode } from './query-string.ts';

const record = {
  uid: 'a1',
  firstname: 'Zoë',
  cpy_name: "L'Atelier & Co",
  amount_tax_incl: 121,
  amount_tax: 21.5,
  accompanying: false,
  free_field56: true,
  coupon: null,
  options: ['Gala dinner', 'Workshop B'],
  paying_for: [],
  email: 'zoe.dupont+events@example.be',
};

describe('GET query strings', () => {
  it('writes what PHP http_build_query() writes (computed by hand from its rules)', () => {
    expect(buildQuery(record, 'php')).toBe(
      [
        'uid=a1',
        'firstname=Zo%C3%AB',
        'cpy_name=L%27Atelier+%26+Co',
        'amount_tax_incl=121',
        'amount_tax=21.5',
        'accompanying=0',
        'free_field56=1',
        'options%5B0%5D=Gala+dinner',
        'options%5B1%5D=Workshop+B',
        'email=zoe.dupont%2Bevents%40example.be',
      ].join('&'),
    );
  });

  it('flattens nested objects with brackets, as PHP does', () => {
    expect(buildQuery({ hotel: { name: 'NH', nights: 2 } }, 'php')).toBe('hotel%5Bname%5D=NH&hotel%5Bnights%5D=2');
  });

  it('JSON-encodes nested values and empties nulls in json mode', () => {
    const query = buildQuery(record, 'json');
    const params = new URLSearchParams(query);
    expect(params.get('firstname')).toBe('Zoë');
    expect(params.get('coupon')).toBe('');
    expect(params.get('accompanying')).toBe('false');
    expect(params.get('options')).toBe('["Gala dinner","Workshop B"]');
    expect(params.get('paying_for')).toBe('[]');
    expect(query).toContain('options=%5B%22Gala+dinner%22%2C%22Workshop+B%22%5D');
  });

  it('encodes like PHP urlencode(): ~ and ! too, spaces as +', () => {
    expect(phpUrlencode("a b~c!d*e(f)g'h-_.")).toBe('a+b%7Ec%21d%2Ae%28f%29g%27h-_.');
  });

  it.each([
    ['http://h/hook', 'http://h/hook?a=1'],
    ['http://h/hook?x=1', 'http://h/hook?x=1&a=1'],
    ['http://h/hook?', 'http://h/hook?a=1'],
    ['http://h/hook?x=1#top', 'http://h/hook?x=1&a=1#top'],
  ])('appends the query to %s', (target, expected) => {
    expect(appendQuery(target, 'a=1')).toBe(expected);
  });
});
