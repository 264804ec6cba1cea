import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: one public entry, for ESM, CJS and TypeScript consumers alike.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    // import.meta.url in the CJS build too: it locates the extraction worker beside the bundle.
    shims: true,
  },
  {
    // The worker thread of parallel ingest (ExtractPool), loaded by path from either bundle.
    entry: { 'extract-worker': 'src/corpus/extract-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
  {
    // The CLI is ESM only; bin/liqa.mjs loads it.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    define: { __LIQA_VERSION__: JSON.stringify(version) },
  },
]);
