import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // In-repo tests import the library by its package name, as users do; test/package.test.ts checks the build.
  resolve: { alias: { hookbench: fileURLToPath(new URL('./server/index.ts', import.meta.url)) } },
  test: {
    include: ['server/**/*.test.ts', 'ui/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['test/setup/build-ui.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
