import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run on the TypeScript sources of the workspace packages, with no build step.
    conditions: ['@liqa/source'],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
