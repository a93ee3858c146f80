import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import { seededFaker } from './seeded-faker.ts';
import { render, renderScoped, type TemplateContext } from './template.ts';

const now = new Date('2025-03-01T12:00:00.000Z');
const context = (seed: number, helpers: TemplateContext['helpers'] = {}): TemplateContext => ({
  faker: seededFaker({ locale: 'en', seed, now }),
  helpers,
  formatDate: (d) => d.toISOString(),
  source: 'test.json',
});

describe('render', () => {
  it('keeps the type of a whole-string placeholder', () => {
    const out = render({ n: '{{number.int({"min":5,"max":5})}}', b: '{{datatype.boolean({"probability":1})}}' }, context(1));
    expect(out).toEqual({ n: 5, b: true });
  });

  it('interpolates placeholders inside text', () => {
    expect(render('Pedido {{number.int({"min":7,"max":7})}}!', context(1))).toBe('Pedido 7!');
  });

  it('gives the same value for the same seed and usually another for another seed', () => {
    const template = { name: '{{person.fullName}}', id: '{{string.uuid}}' };
    expect(render(template, context(42))).toEqual(render(template, context(42)));
    expect(render(template, context(42))).not.toEqual(render(template, context(43)));
  });

  it('shares $vars with later keys and with helper arguments', () => {
    const helpers = { 'echo.upper': (s: unknown) => String(s).toUpperCase() };
    const out = render({ $vars: { first: 'ana' }, name: '{{var.first}} x', shout: '{{echo.upper("$first")}}' }, context(1, helpers));
    expect(out).toEqual({ name: 'ana x', shout: 'ANA' });
  });

  it('reads a variable a helper set to undefined, and refuses one never set', () => {
    const helpers = { 'x.none': () => undefined as unknown as null };
    expect(render({ $vars: { u: '{{x.none}}' }, a: ['{{var.u}}', '{{json.echo("$u")}}'] }, context(1, { ...helpers, 'json.echo': (v) => v ?? 'none' }))).toEqual({ a: [undefined, 'none'] });
    expect(() => render({ a: '{{json.echo("$u")}}' }, context(1, { 'json.echo': (v) => v }))).toThrow(/argument "\$u" refers to a variable not defined/);
  });

  it('picks one $oneOf branch by seed', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add(JSON.stringify(render({ $oneOf: ['a', 'b'] }, context(seed))));
    expect([...seen].sort()).toEqual(['"a"', '"b"']);
  });

  it('formats faker dates with the context formatter, counted from now', () => {
    const out = render('{{date.recent({"days":1})}}', context(1)) as string;
    const t = Date.parse(out);
    expect(t).toBeLessThanOrEqual(now.getTime());
    expect(t).toBeGreaterThan(now.getTime() - 86_400_001);
  });

  it.each([
    ['{{nope.nothing}}', /unknown placeholder/],
    ['{{faker.seed(1)}}', /unknown placeholder/],
    ['{{number.int({min:1})}}', /not JSON/],
    ['{{var.missing}}', /variable not defined/],
    ['{{number.int({"min":9,"max":1})}}', /failed/],
  ])('rejects %s with a path-naming error', (template, message) => {
    const thrown = (() => {
      try {
        render({ a: [template] }, context(1));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(HookbenchError);
    expect((thrown as HookbenchError).code).toBe('INVALID_TEMPLATE');
    expect((thrown as HookbenchError).message).toMatch(message);
    expect((thrown as HookbenchError).message).toContain('test.json at $.a[0]');
  });
});

describe('helper maps', () => {
  it('looks a name up in each map it is given, frozen or not, and sees a map that is not frozen change', () => {
    const template = { a: '{{x.y}}' };
    const one = Object.freeze({ 'x.y': () => 1 });
    const two = Object.freeze({ 'x.y': () => 2 });
    const open: Record<string, () => number> = { 'x.y': () => 3 };
    expect([one, two, one, open].map((helpers) => render(template, context(1, helpers)))).toEqual([{ a: 1 }, { a: 2 }, { a: 1 }, { a: 3 }]);
    open['x.y'] = () => 4;
    expect(render(template, context(1, open))).toEqual({ a: 4 });
    expect(render(template, context(1, one))).toEqual({ a: 1 });
    expect(() => render(template, context(1, Object.freeze({})))).toThrow(/unknown placeholder/);
  });
});

describe('renderScoped', () => {
  it('renders as render does and gives back the variables, the outer ones included', () => {
    const template = { before: '{{var.outer}}', $vars: { n: '{{number.int({"min":1,"max":1000000})}}', m: '{{var.n}}' }, after: '{{var.m}}' };
    const { value, scope } = renderScoped(template, context(7), { outer: 'o' });
    expect(value).toEqual(render(template, context(7), { outer: 'o' }));
    expect(scope).toEqual({ outer: 'o', n: value.after, m: value.after });
  });

  it('keeps the outer variables for a template without $vars, and names the path of an error', () => {
    expect(renderScoped({ a: '{{var.x}}' }, context(1), { x: 1 })).toEqual({ value: { a: 1 }, scope: { x: 1 } });
    expect(() => renderScoped({ $vars: { a: '{{var.missing}}' } }, context(1))).toThrow(/test\.json at \$\.\$vars\.a: .*variable not defined/);
  });
});
