/** @module Scenarios from fixtures/scenarios/ (built in) or a file of the user's, validated with paths. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { HookbenchError, listNames } from '../errors.ts';
import { fromPackageRoot } from '../package-root.ts';
import { zodIssuesToError } from '../util/zod-error.ts';
import { scenarioSchema, type Scenario } from './scenario-schema.ts';

export const builtinScenarioDir = fromPackageRoot('fixtures', 'scenarios');

/** Parses one scenario; `where` names it in errors (a file, or "scenario" for an API body). */
export function parseScenario(value: unknown, where: string): Scenario {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    const error = zodIssuesToError(parsed.error, '');
    throw new HookbenchError('INVALID_INPUT', `${where}: ${error.message}`, { path: error.path });
  }
  return parsed.data;
}

function readScenarioFile(file: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new HookbenchError('INVALID_INPUT', `${file} is not a readable JSON scenario: ${e instanceof Error ? e.message : String(e)}`, { path: file });
  }
  const scenario = parseScenario(value, file);
  if (`${scenario.name}.json` !== basename(file) && file.startsWith(builtinScenarioDir)) {
    throw new HookbenchError('INVALID_INPUT', `${file}: its name "${scenario.name}" must match its file name`, { path: 'name' });
  }
  return scenario;
}

/** Every built-in scenario, by name. */
export function builtinScenarios(dir = builtinScenarioDir): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  if (!existsSync(dir)) return scenarios;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const scenario = readScenarioFile(join(dir, file));
    scenarios.set(scenario.name, scenario);
  }
  return scenarios;
}

/**
 * A built-in scenario by name, or a scenario file by path (relative to `cwd`).
 * @example findScenario('ploomes-deal-won') // or findScenario('./my-scenario.json')
 */
export function findScenario(nameOrFile: string, { cwd = process.cwd(), dir = builtinScenarioDir } = {}): Scenario {
  if (nameOrFile.endsWith('.json') || nameOrFile.includes('/')) {
    const file = resolve(cwd, nameOrFile);
    if (!existsSync(file)) throw new HookbenchError('NOT_FOUND', `no scenario file ${file}`, { path: 'scenario' });
    return readScenarioFile(file);
  }
  const scenarios = builtinScenarios(dir);
  const scenario = scenarios.get(nameOrFile);
  if (!scenario) {
    throw new HookbenchError('NOT_FOUND', `no scenario "${nameOrFile}"; built in: ${listNames([...scenarios.keys()])} (or give a path to a .json file)`, {
      path: 'scenario',
    });
  }
  return scenario;
}
