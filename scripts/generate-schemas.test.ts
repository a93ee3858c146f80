import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from './generate-schemas.ts';

describe('published JSON Schemas', () => {
  it.each(Object.keys(schemaFiles))('%s matches its zod schema (run `npm run schemas` after changing it)', (file) => {
    const committed = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
    expect(committed).toEqual(schemaFiles[file]!());
  });
});
