#!/usr/bin/env node
// `pnpm eval`: scores `liqa extract --jsonl` against the gold of ../shared with its own scorer,
// and prints one figure line per gold file. `pnpm eval --verbose` also lists every missed and
// extra pair. Needs the built CLI (`pnpm build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const cli = join(root, 'packages', 'core', 'bin', 'liqa.mjs');
const verbose = process.argv.includes('--verbose');

if (!existsSync(scorer)) {
  process.stderr.write(`pnpm eval: no scorer at ${scorer}; the shared folder must sit beside the repository\n`);
  process.exit(2);
}
let failed = false;
for (const gold of ['seeds', 'dev']) {
  const args = [
    scorer,
    '--gold',
    join(shared, 'gold', `${gold}.jsonl`),
    '--cmd',
    `"${process.execPath}" "${cli}" extract --jsonl`,
  ];
  if (verbose) args.push('--verbose');
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    failed = true;
    process.stderr.write(`pnpm eval: scoring ${gold} failed\n${run.stderr}`);
    continue;
  }
  const lines = run.stdout.trim().split('\n');
  if (verbose) process.stdout.write(`${lines.slice(0, -2).join('\n')}\n`);
  process.stdout.write(`${gold.padEnd(5)}  ${lines.at(-1)}\n`);
}
process.exit(failed ? 1 : 0);
