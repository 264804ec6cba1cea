import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run on the TypeScript sources of the workspace packages, with no build step.
  resolve: { conditions: ['@liqa/source', 'module', 'node', 'import', 'default'] },
  // Vitest also hands these to Node (`--conditions`) for the packages it does not transform. `import`
  // must not be one: Node would then pick a dual package's ESM build for require() too, and pg's
  // `require('pg-pool')` would get a module namespace instead of the Pool class. Vite adds `import`
  // and `require` itself, per import.
  ssr: { resolve: { conditions: ['@liqa/source', 'node', 'default'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
