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

/** A template node turned into a function once; rendering then only runs faker and helpers. */
type Compiled = (ctx: TemplateContext, vars: JsonObject) => JsonValue;
type Part = string | { expr: string };

// Fixtures are loaded once and never change, so a node compiles once per path it is rendered at.
const compiledNodes = new WeakMap<object, Map<string, Compiled>>();
const splitStrings = new Map<string, Part[] | string>();
const parsedCalls = new Map<string, Call | string>();
const cacheLimit = 50_000;

/**
 * Renders a template into a JSON value. `vars` are variables already rendered (an earlier step's
 * record), readable as `{{var.x}}` and `"$x"` like those of a `$vars` block.
 * @example render({ n: '{{number.int({"min":1,"max":1})}}' }, ctx) // { n: 1 }
 */
export function render(template: JsonValue, context: TemplateContext, vars: JsonObject = {}): JsonValue {
  return compile(template, '$')(context, vars);
}

/**
 * render() of an object template that also gives back its variables: the scope after its `$vars`
 * block, `vars` included. A later step can read them then, without the template echoing each one
 * into its output to be read back.
 * @example renderScoped({ $vars: { n: '{{number.int}}' }, a: '{{var.n}}' }, ctx).scope.n
 */
export function renderScoped(template: JsonObject, context: TemplateContext, vars: JsonObject = {}): { value: JsonObject; scope: JsonObject } {
  let compiled = compiledScoped.get(template);
  if (!compiled) compiledScoped.set(template, (compiled = compileScoped(template, '$')));
  return compiled(context, vars);
}

/**
 * Wraps a template builder so each key (a fixture, an event) gets one template object, built once.
 * Templates compile once per object: a wrapper built afresh for every event would compile every time.
 * @example const wrapperOf = templateFor((f: Fixture) => ({ $vars: f.vars ?? {}, data: f.data }))
 */
export function templateFor<K extends object, T extends JsonValue>(build: (key: K) => T): (key: K) => T {
  const built = new WeakMap<K, T>();
  return (key) => {
    let template = built.get(key);
    if (template === undefined) built.set(key, (template = build(key)));
    return template;
  };
}

function compile(node: JsonValue, path: string): Compiled {
  if (typeof node === 'string') return compileString(node, path);
  if (node === null || typeof node !== 'object') return () => node;
  let byPath = compiledNodes.get(node);
  const cached = byPath?.get(path);
  if (cached) return cached;
  const compiled = Array.isArray(node) ? compileArray(node, path) : compileObject(node, path);
  if (!byPath) compiledNodes.set(node, (byPath = new Map()));
  byPath.set(path, compiled);
  return compiled;
}

function compileArray(items: readonly JsonValue[], path: string): Compiled {
  const parts = items.map((item, i) => compile(item, `${path}[${i}]`));
  return (ctx, vars) => {
    const out: JsonValue[] = new Array(parts.length);
    for (let i = 0; i < parts.length; i++) out[i] = parts[i]!(ctx, vars);
    return out;
  };
}

function compileObject(node: JsonObject, path: string): Compiled {
  if ('$oneOf' in node) {
    const branches = node.$oneOf;
    if (!Array.isArray(branches) || branches.length === 0 || Object.keys(node).length !== 1) {
      return fail(`${path}.$oneOf`, '"$oneOf" must be the only key and hold a non-empty array');
    }
    const compiled = branches.map((branch, i) => compile(branch, `${path}.$oneOf[${i}]`));
    return (ctx, vars) => compiled[ctx.faker.number.int({ min: 0, max: compiled.length - 1 })]!(ctx, vars);
  }
  const steps = objectSteps(node, path);
  if (steps.every((step) => 'key' in step)) {
    const keys = steps.map((step) => ('key' in step ? step.key : ''));
    const fns = steps.map((step) => ('key' in step ? step.fn : fail(path, 'unreachable')));
    return (ctx, vars) => {
      const out: JsonObject = {};
      for (let i = 0; i < keys.length; i++) out[keys[i]!] = fns[i]!(ctx, vars);
      return out;
    };
  }
  return (ctx, vars) => {
    const out: JsonObject = {};
    runSteps(steps, ctx, vars, out);
    return out;
  };
}

// Keys before "$vars" see the outer scope, keys after it the new one, as the text reads.
type Step = { key: string; fn: Compiled } | { scope: CompiledScope };

/** Renders the steps into `out`; returns the scope after the last "$vars". */
function runSteps(steps: readonly Step[], ctx: TemplateContext, vars: JsonObject, out: JsonObject): JsonObject {
  let scope = vars;
  for (const step of steps) {
    if ('key' in step) out[step.key] = step.fn(ctx, scope);
    else scope = step.scope(ctx, scope);
  }
  return scope;
}

function objectSteps(node: JsonObject, path: string): Step[] {
  const steps: Step[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key !== '$vars') steps.push({ key, fn: compile(value, `${path}.${key}`) });
    else if (!isJsonObject(value)) steps.push({ key, fn: fail(`${path}.$vars`, '"$vars" must be an object') });
    else steps.push({ scope: compileVars(value, `${path}.$vars`) });
  }
  return steps;
}

type CompiledScoped = (ctx: TemplateContext, vars: JsonObject) => { value: JsonObject; scope: JsonObject };
const compiledScoped = new WeakMap<object, CompiledScoped>();

/** compileObject's steps, keeping the scope; a `$oneOf` object keeps the outer one. */
function compileScoped(node: JsonObject, path: string): CompiledScoped {
  if ('$oneOf' in node) {
    const compiled = compile(node, path);
    return (ctx, vars) => {
      const value = compiled(ctx, vars);
      if (!isJsonObject(value)) throw templateError(ctx, path, `renders to ${JSON.stringify(value)}, not an object`);
      return { value, scope: vars };
    };
  }
  const steps = objectSteps(node, path);
  return (ctx, vars) => {
    const value: JsonObject = {};
    return { value, scope: runSteps(steps, ctx, vars, value) };
  };
}

type CompiledScope = (ctx: TemplateContext, vars: JsonObject) => JsonObject;
const compiledScopes = new WeakMap<object, Map<string, CompiledScope>>();

/** A `$vars` block: often the one stable part of a wrapper built afresh for every event. */
function compileVars(block: JsonObject, path: string): CompiledScope {
  let byPath = compiledScopes.get(block);
  const cached = byPath?.get(path);
  if (cached) return cached;
  const names = Object.keys(block);
  const fns = names.map((name) => compile(block[name]!, `${path}.${name}`));
  const compiled: CompiledScope = (ctx, vars) => {
    const scope = { ...vars };
    for (let i = 0; i < names.length; i++) scope[names[i]!] = fns[i]!(ctx, scope);
    return scope;
  };
  if (!byPath) compiledScopes.set(block, (byPath = new Map()));
  byPath.set(path, compiled);
  return compiled;
}

function compileString(text: string, path: string): Compiled {
  if (!text.includes('{{')) return () => text;
  const parts = splitPlaceholders(text);
  if (typeof parts === 'string') return fail(path, parts);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && typeof only !== 'string') return compileExpression(only.expr, path);
  const compiled = parts.map((part): Compiled | string => (typeof part === 'string' ? part : compileExpression(part.expr, path)));
  return (ctx, vars) => {
    let out = '';
    for (const part of compiled) {
      if (typeof part === 'string') out += part;
      else {
        const value = part(ctx, vars);
        out += typeof value === 'string' ? value : JSON.stringify(value);
      }
    }
    return out;
  };
}

/** Splits text into literal parts and `{{…}}` expressions; braces and strings inside JSON args nest. */
function splitPlaceholders(text: string): Part[] | string {
  let parts = splitStrings.get(text);
  if (parts === undefined) {
    parts = splitUncached(text);
    remember(splitStrings, text, parts);
  }
  return parts;
}

function splitUncached(text: string): Part[] | string {
  const parts: Part[] = [];
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
    if (j >= text.length) return `"${text}" has a "{{" without its "}}"`;
    parts.push({ expr: text.slice(open + 2, j).trim() });
    i = j + 2;
  }
  if (i < text.length) parts.push(text.slice(i));
  return parts;
}

function compileExpression(expr: string, path: string): Compiled {
  const call = parseCall(expr);
  if (typeof call === 'string') return fail(path, call);
  const args = compileArgs(call.args, path);
  if (call.name.startsWith('var.')) {
    const name = call.name.slice(4);
    const hasArgs = call.args.length > 0;
    return (ctx, vars) => {
      if (hasArgs) args(ctx, vars);
      // One lookup for a variable that is set; `in` only for undefined, which a helper may have returned.
      const value = vars[name];
      if (value === undefined && !(name in vars)) throw templateError(ctx, path, `"{{${expr}}}" refers to a variable not defined in an enclosing "$vars"`);
      return value as JsonValue;
    };
  }
  const [moduleName = '', method = '', ...rest] = call.name.split('.');
  const isFakerMethod = fakerModules.has(moduleName) && method !== '' && rest.length === 0;
  // Faker instances are reused per locale: look the method up once per instance, not per render.
  let lookedUpIn: Faker | undefined;
  let mod: unknown;
  let fn: unknown;
  // Likewise a frozen helper map (one built once, not per event) is searched once: it cannot change.
  let frozenHelpers: TemplateContext['helpers'] | undefined;
  let frozenHelper: TemplateHelper | undefined;
  return (ctx, vars) => {
    const values = args(ctx, vars);
    let helper: TemplateHelper | undefined;
    if (ctx.helpers === frozenHelpers) helper = frozenHelper;
    else {
      helper = Object.hasOwn(ctx.helpers, call.name) ? ctx.helpers[call.name] : undefined;
      if (Object.isFrozen(ctx.helpers)) {
        frozenHelpers = ctx.helpers;
        frozenHelper = helper;
      }
    }
    if (helper) {
      // Like a failing faker call: the error names the template file and the path of the placeholder.
      try {
        return helper(...values);
      } catch (e) {
        throw templateError(ctx, path, `"{{${expr}}}" failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (ctx.faker !== lookedUpIn) {
      lookedUpIn = ctx.faker;
      mod = isFakerMethod ? Reflect.get(ctx.faker, moduleName) : undefined;
      fn = mod ? Reflect.get(mod as object, method) : undefined;
    }
    if (typeof fn !== 'function') {
      const helpers = Object.keys(ctx.helpers).join(', ');
      throw templateError(ctx, path, `unknown placeholder "{{${expr}}}": use a helper (${helpers}) or a faker method like person.firstName`);
    }
    let value: unknown;
    try {
      value = Reflect.apply(fn, mod as object, values);
    } catch (e) {
      throw templateError(ctx, path, `"{{${expr}}}" failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    return toJson(value, ctx, path, expr);
  };
}

/** Arguments without `"$x"` references are the same every time; the others read the scope. */
function compileArgs(args: readonly JsonValue[], path: string): (ctx: TemplateContext, vars: JsonObject) => readonly JsonValue[] {
  // Handed to a call as its arguments (spread, so the list itself is never the callee's to change).
  if (!args.some(refersToVars)) return () => args;
  const resolvers = args.map((a) => compileArg(a, path));
  return (ctx, vars) => {
    const out: JsonValue[] = new Array(resolvers.length);
    for (let i = 0; i < resolvers.length; i++) out[i] = resolvers[i]!(ctx, vars);
    return out;
  };
}

/** One argument: a `"$x"` reads the variable x, objects and arrays are rebuilt around such reads. */
function compileArg(arg: JsonValue, path: string): Compiled {
  if (!refersToVars(arg)) return () => arg;
  if (typeof arg === 'string') {
    const name = arg.slice(1);
    return (ctx, vars) => {
      const value = vars[name];
      if (value === undefined && !(name in vars)) throw templateError(ctx, path, `argument "${arg}" refers to a variable not defined in "$vars"`);
      return value as JsonValue;
    };
  }
  if (Array.isArray(arg)) {
    const items = arg.map((a) => compileArg(a, path));
    return (ctx, vars) => items.map((item) => item(ctx, vars));
  }
  const keys = Object.keys(arg as JsonObject);
  const fns = keys.map((k) => compileArg((arg as JsonObject)[k]!, path));
  return (ctx, vars) => {
    const out: JsonObject = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = fns[i]!(ctx, vars);
    return out;
  };
}

function refersToVars(arg: JsonValue): boolean {
  if (typeof arg === 'string') return arg.startsWith('$') && arg.length > 1;
  if (Array.isArray(arg)) return arg.some(refersToVars);
  return isJsonObject(arg) && Object.values(arg).some(refersToVars);
}

function parseCall(expr: string): Call | string {
  let parsed = parsedCalls.get(expr);
  if (parsed === undefined) {
    parsed = parseCallUncached(expr);
    remember(parsedCalls, expr, parsed);
  }
  return parsed;
}

function parseCallUncached(expr: string): Call | string {
  const m = expression.exec(expr.trim());
  if (!m?.[1]) return `"{{${expr}}}" is not a placeholder: write {{module.method}} or {{module.method(jsonArgs)}}`;
  if (m[2] === undefined || m[2].trim() === '') return { name: m[1], args: [] };
  try {
    return { name: m[1], args: JSON.parse(`[${m[2]}]`) as JsonValue[] };
  } catch {
    return `the arguments of "{{${expr}}}" are not JSON: write them like {"min":1,"max":9}`;
  }
}

/** A template error found while compiling is thrown when that node is rendered, as before compiling. */
function fail(path: string, message: string): Compiled {
  return (ctx) => {
    throw templateError(ctx, path, message);
  };
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  // Templates are finite, but user-defined providers can feed many; a full cache starts over.
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
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
