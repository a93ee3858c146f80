/**
 * The code's shape as rules that fail when broken: a provider lives in its own folder and joins by one
 * registry line; lower layers never import higher ones (types aside); the UI takes only types from the
 * server.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);
const sources = globSync(['server/**/*.ts', 'ui/src/**/*.ts'], { cwd: root, ignore: ['**/*.test.ts'] });

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const imports: Import[] = sources.flatMap((file) => {
  const text = readFileSync(resolve(root, file), 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
    const target = relative(root, resolve(root, dirname(file), m[3] as string));
    found.push({ from: file, to: target, typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/^import\s+'(\.{1,2}\/[^']+)'/gm)) {
    found.push({ from: file, to: relative(root, resolve(root, dirname(file), m[1] as string)), typeOnly: false });
  }
  return found;
});

const providerFolders = [...new Set(sources.map((f) => /^server\/providers\/([a-z]+)\//.exec(f)?.[1]).filter((d): d is string => !!d && d !== 'custom'))];

describe('providers', () => {
  it('are found (the rule below has something to check)', () => {
    expect(providerFolders.sort()).toEqual(['connectif', 'hubspot', 'idloom', 'parallel', 'ploomes', 'standard']);
  });

  it.each(providerFolders)('%s is reached from outside its folder only through the registry', (id) => {
    const inside = `server/providers/${id}/`;
    const outsiders = imports
      .filter((i) => i.to.startsWith(inside) && !i.from.startsWith(inside))
      .filter((i) => i.from !== 'server/providers/registry.ts')
      // User-defined providers may sign as Standard Webhooks: a documented adapter over its signer.
      .filter((i) => !(id === 'standard' && i.from.startsWith('server/providers/custom/')))
      .map((i) => `${i.from} → ${i.to}`);
    expect(outsiders).toEqual([]);
  });
});

const layers: Record<string, readonly string[]> = {
  // pure: what they may not import (by value)
  'server/providers/': ['server/delivery/', 'server/store/', 'server/http/', 'server/ws/', 'server/cli/', 'server/scenarios/', 'server/suites/', 'server/workbench.ts', 'server/start-server.ts'],
  'server/generate/': ['server/providers/', 'server/delivery/', 'server/store/', 'server/http/', 'server/ws/', 'server/cli/'],
  'server/signing/': ['server/providers/', 'server/delivery/', 'server/store/', 'server/http/', 'server/ws/', 'server/cli/'],
  'server/delivery/': ['server/http/', 'server/ws/', 'server/cli/', 'server/suites/', 'server/workbench.ts', 'server/start-server.ts'],
  'server/store/': ['server/http/', 'server/ws/', 'server/cli/', 'server/workbench.ts', 'server/start-server.ts'],
  'server/scenarios/': ['server/http/', 'server/ws/', 'server/cli/'],
  'server/suites/': ['server/http/', 'server/ws/', 'server/cli/'],
  'server/http/': ['server/cli/'],
  'server/ws/': ['server/cli/'],
};

describe('layers', () => {
  it.each(Object.entries(layers))('%s imports nothing above it', (layer, forbidden) => {
    const violations = imports
      .filter((i) => i.from.startsWith(layer) && !i.typeOnly && forbidden.some((f) => i.to.startsWith(f)))
      .map((i) => `${i.from} → ${i.to}`);
    expect(violations).toEqual([]);
  });

  it('the inspector takes only types from the server', () => {
    const violations = imports.filter((i) => i.from.startsWith('ui/') && i.to.startsWith('server/') && !i.typeOnly).map((i) => `${i.from} → ${i.to}`);
    expect(violations).toEqual([]);
  });
});
