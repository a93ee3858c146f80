/**
 * @module Fixture templates: JSON with `{{placeholders}}` that a seeded faker fills in.
 *
 * - `"{{person.firstName}}"`: a whole-string placeholder keeps the value's type (numbers stay numbers).
 * - `"Pedido {{number.int({\"min\":1,\"max\":9})}}"`: placeholders inside text are interpolated.
 * - `{{name(args…)}}`: args are JSON; a string arg `"$x"` (also nested in objects) is the variable x.
 * - `{"$vars": {...}, ...rest}`: variables rendered first, readable as `{{var.x}}` in the rest, so a
 *   record's name and e-mail agree.
 * - `{"$oneOf": [a, b]}`: one branch, chosen by the seed.
 * Names resolve to a helper first, then to an allowed faker module method.
 */
import type { Faker } from '@faker-js/faker';
import { HookbenchError } from '../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../util/json.ts';

export type TemplateHelper = (...args: JsonValue[]) => JsonValue;

export interface TemplateContext {
  faker: Faker;
  helpers: Readonly<Record<string, TemplateHelper>>;
  /** How a Date returned by faker is written (providers differ: offsets, milliseconds). */
  formatDate: (date: Date) => string;
  /** Names the template in error messages (a fixture file). */
  source: string;
}

// Faker modules a template may call. Anything else (seed, setDefaultRefDate, …) would break determinism.
const fakerModules = new Set([
  'airline', 'animal', 'book', 'color', 'commerce', 'company', 'database', 'datatype', 'date', 'finance',
  'food', 'git', 'hacker', 'helpers', 'image', 'internet', 'location', 'lorem', 'music', 'number',
  'person', 'phone', 'science', 'string', 'system', 'vehicle', 'word',
]);

const expression = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(?:\((.*)\))?$/s;

interface Call {
  name: string;
  args: JsonValue[];
}
const parsedCalls = new Map<string, Call | Error>();

/**
 * Renders a template into a JSON value.
 * @example render({ n: '{{number.int({"min":1,"max":1})}}' }, ctx) // { n: 1 }
 */
export function render(template: JsonValue, context: TemplateContext): JsonValue {
  return renderAt(template, context, {}, '$');
}

function renderAt(node: JsonValue, ctx: TemplateContext, vars: JsonObject, path: string): JsonValue {
  if (typeof node === 'string') return renderString(node, ctx, vars, path);
  if (Array.isArray(node)) return node.map((item, i) => renderAt(item, ctx, vars, `${path}[${i}]`));
  if (!isJsonObject(node)) return node;

  if ('$oneOf' in node) {
    const branches = node.$oneOf;
    if (!Array.isArray(branches) || branches.length === 0 || Object.keys(node).length !== 1) {
      throw templateError(ctx, `${path}.$oneOf`, '"$oneOf" must be the only key and hold a non-empty array');
    }
    const index = ctx.faker.number.int({ min: 0, max: branches.length - 1 });
    return renderAt(branches[index] as JsonValue, ctx, vars, `${path}.$oneOf[${index}]`);
  }

  let scope = vars;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$vars') {
      if (!isJsonObject(value)) throw templateError(ctx, `${path}.$vars`, '"$vars" must be an object');
      scope = { ...scope };
      for (const [name, v] of Object.entries(value)) scope[name] = renderAt(v, ctx, scope, `${path}.$vars.${name}`);
      continue;
    }
    out[key] = renderAt(value, ctx, scope, `${path}.${key}`);
  }
  return out;
}

function renderString(text: string, ctx: TemplateContext, vars: JsonObject, path: string): JsonValue {
  if (!text.includes('{{')) return text;
  const parts = splitPlaceholders(text, ctx, path);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && typeof only !== 'string') return evaluate(only.expr, ctx, vars, path);
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = evaluate(part.expr, ctx, vars, path);
      return typeof value === 'string' ? value : JSON.stringify(value);
    })
    .join('');
}

/** Splits text into literal parts and `{{…}}` expressions; braces and strings inside JSON args nest. */
function splitPlaceholders(text: string, ctx: TemplateContext, path: string): (string | { expr: string })[] {
  const parts: (string | { expr: string })[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open === -1) break;
    if (open > i) parts.push(text.slice(i, open));
    let depth = 0;
    let inString = false;
    let j = open + 2;
    for (; j < text.length; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0 && text[j + 1] === '}') break;
        depth--;
      }
    }
    if (j >= text.length) throw templateError(ctx, path, `"${text}" has a "{{" without its "}}"`);
    parts.push({ expr: text.slice(open + 2, j).trim() });
    i = j + 2;
  }
  if (i < text.length) parts.push(text.slice(i));
  return parts;
}

function evaluate(expr: string, ctx: TemplateContext, vars: JsonObject, path: string): JsonValue {
  const call = parseCall(expr, ctx, path);
  const args = call.args.map((a) => resolveVars(a, vars, ctx, path));
  if (call.name.startsWith('var.')) {
    const name = call.name.slice(4);
    if (!(name in vars)) throw templateError(ctx, path, `"{{${expr}}}" refers to a variable not defined in an enclosing "$vars"`);
    return vars[name] as JsonValue;
  }
  const helper = ctx.helpers[call.name];
  if (helper) {
    // Like a failing faker call: the error names the template file and the path of the placeholder.
    try {
      return helper(...args);
    } catch (e) {
      throw templateError(ctx, path, `"{{${expr}}}" failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return callFaker(call, args, ctx, path, expr);
}

function parseCall(expr: string, ctx: TemplateContext, path: string): Call {
  let parsed = parsedCalls.get(expr);
  if (parsed === undefined) {
    parsed = parseCallUncached(expr);
    parsedCalls.set(expr, parsed);
  }
  if (parsed instanceof Error) throw templateError(ctx, path, parsed.message);
  return parsed;
}

function parseCallUncached(expr: string): Call | Error {
  const m = expression.exec(expr.trim());
  if (!m?.[1]) return new Error(`"{{${expr}}}" is not a placeholder: write {{module.method}} or {{module.method(jsonArgs)}}`);
  if (m[2] === undefined || m[2].trim() === '') return { name: m[1], args: [] };
  try {
    return { name: m[1], args: JSON.parse(`[${m[2]}]`) as JsonValue[] };
  } catch {
    return new Error(`the arguments of "{{${expr}}}" are not JSON: write them like {"min":1,"max":9}`);
  }
}

function resolveVars(arg: JsonValue, vars: JsonObject, ctx: TemplateContext, path: string): JsonValue {
  if (typeof arg === 'string' && arg.startsWith('$') && arg.length > 1) {
    const name = arg.slice(1);
    if (!(name in vars)) throw templateError(ctx, path, `argument "${arg}" refers to a variable not defined in "$vars"`);
    return vars[name] as JsonValue;
  }
  if (Array.isArray(arg)) return arg.map((a) => resolveVars(a, vars, ctx, path));
  if (isJsonObject(arg)) {
    return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, resolveVars(v, vars, ctx, path)]));
  }
  return arg;
}

function callFaker(call: Call, args: JsonValue[], ctx: TemplateContext, path: string, expr: string): JsonValue {
  const [moduleName, method, ...rest] = call.name.split('.');
  const mod: unknown = moduleName && fakerModules.has(moduleName) ? Reflect.get(ctx.faker, moduleName) : undefined;
  const fn: unknown = mod && method && rest.length === 0 ? Reflect.get(mod as object, method) : undefined;
  if (typeof fn !== 'function') {
    const helpers = Object.keys(ctx.helpers).join(', ');
    throw templateError(ctx, path, `unknown placeholder "{{${expr}}}": use a helper (${helpers}) or a faker method like person.firstName`);
  }
  let value: unknown;
  try {
    value = Reflect.apply(fn, mod, args);
  } catch (e) {
    throw templateError(ctx, path, `"{{${expr}}}" failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return toJson(value, ctx, path, expr);
}

function toJson(value: unknown, ctx: TemplateContext, path: string, expr: string): JsonValue {
  if (value instanceof Date) return ctx.formatDate(value);
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw templateError(ctx, path, `"{{${expr}}}" does not produce a JSON value`);
  }
  return value as JsonValue;
}

function templateError(ctx: TemplateContext, path: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${ctx.source} at ${path}: ${message}`, { path });
}
