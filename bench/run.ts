// `pnpm bench`: runs every benchmark and writes the figures to BENCHMARKS.md.
// Benchmarks report time; tests never assert it.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchLinearity } from './linearity.js';

const root = join(import.meta.dirname, '..');
const sections: string[] = [];
const log = (line: string) => process.stdout.write(`${line}\n`);

sections.push(await benchLinearity(log));

const header = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, by \`pnpm bench\`.`,
  '',
];
writeFileSync(join(root, 'BENCHMARKS.md'), `${[...header, ...sections].join('\n')}\n`);
log('wrote BENCHMARKS.md');
