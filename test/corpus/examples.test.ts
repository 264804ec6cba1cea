// pnpm test:corpus: examples/who-met-in-august-2015.mjs on the whole SaudiNewsNet corpus prints
// what examples/README.md shows. (pnpm test runs it on every 20th article: test/examples.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_FILE, CORPUS_TIMEOUT, FULL_CORPUS } from '../helpers/corpus.js';
import { documentedCommand, expectOutput } from '../helpers/markdown.js';
import { ROOT } from '../helpers/seeds.js';

describe.skipIf(!CORPUS_AVAILABLE || !FULL_CORPUS)('examples on the whole corpus', () => {
  it(
    'who-met-in-august-2015.mjs prints the answer examples/README.md shows',
    () => {
      const readme = readFileSync(join(ROOT, 'examples', 'README.md'), 'utf8');
      const { command, outputs } = documentedCommand(readme, 'node examples/who-met-in-august-2015.mjs');
      const [script, , name] = command.replace(/^node /, '').split(/\s+/);
      const result = spawnSync(process.execPath, [script as string, CORPUS_FILE, name as string], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      expectOutput(result.stderr, '');
      expectOutput(result.stdout, outputs[0]);
    },
    CORPUS_TIMEOUT,
  );
});
