import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run on the TypeScript sources of the workspace packages, with no build step.
  resolve: { conditions: ['@liqa/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@liqa/source', 'node', 'import', 'default'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
