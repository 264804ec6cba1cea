// `pnpm bench`: runs the benchmarks on the SaudiNewsNet corpus and writes the figures to
// BENCHMARKS.md. Benchmarks report time; tests never assert it. They run on the built packages
// (what users install), so build first: `pnpm build`.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBot } from './bot.js';
import { CORPUS_FILE } from './corpus.js';
import { benchIngest } from './ingest.js';
import { benchLinearity } from './linearity.js';
import { benchParallel } from './parallel.js';
import { benchQueries, QUERIES } from './queries.js';
import { benchStages } from './stages.js';
import { dropTarget, type StoreKind, type StoreTarget } from './store-target.js';
import { benchThroughput } from './throughput.js';

const SUITES = ['throughput', 'stages', 'parallel', 'ingest', 'queries', 'bot', 'linearity'] as const;
type Suite = (typeof SUITES)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: SUITES.join(',') },
    repeat: { type: 'string', default: '3' },
    every: { type: 'string', default: '1' },
    corpus: { type: 'string', default: CORPUS_FILE },
    queries: { type: 'string', default: String(QUERIES) },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'no-postgres': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    [
      'pnpm bench [-- --only throughput,stages,parallel,ingest,queries,bot,linearity] [--repeat 3] [--every 1] [--corpus FILE.jsonl.gz] [--queries 10000] [--out BENCHMARKS.md] [--no-postgres]',
      '',
      '--corpus reads another SaudiNewsNet-shaped .jsonl.gz (a slice, for a quick look) instead of the whole corpus.',
      '--every N runs the throughput, stages and parallel benchmarks on every Nth article only (a quick look).',
      'PostgreSQL figures need LIQA_BENCH_DATABASE_URL (or DATABASE_URL); without it, or with --no-postgres, only the embedded store is measured.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const root = join(import.meta.dirname, '..');
if (
  !existsSync(join(root, 'packages', 'core', 'dist', 'index.js')) ||
  !existsSync(join(root, 'packages', 'bot', 'dist', 'index.js'))
) {
  process.stderr.write('pnpm bench: the packages are not built; run `pnpm build` first\n');
  process.exit(2);
}
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const name of only) {
  if (!SUITES.includes(name as Suite)) {
    process.stderr.write(`pnpm bench: unknown benchmark "${name}"; choose from ${SUITES.join(', ')}\n`);
    process.exit(2);
  }
}
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  process.stderr.write('pnpm bench: --repeat must be a whole number of runs, at least 1\n');
  process.exit(2);
}
const every = Number(values.every);
if (!Number.isInteger(every) || every < 1) {
  process.stderr.write('pnpm bench: --every must be a whole number, at least 1\n');
  process.exit(2);
}
const queryCount = Number(values.queries);
if (!Number.isInteger(queryCount) || queryCount < 1) {
  process.stderr.write('pnpm bench: --queries must be a whole number, at least 1\n');
  process.exit(2);
}
const databaseUrl = values['no-postgres']
  ? undefined
  : (process.env.LIQA_BENCH_DATABASE_URL ?? process.env.DATABASE_URL);
const kinds: StoreKind[] = databaseUrl ? ['sqlite', 'postgres'] : ['sqlite'];
const log = (line: string) => process.stderr.write(`${line}\n`);
const has = (suite: Suite) => only.has(suite);

const sections: string[] = [];
if (has('throughput') || has('stages') || has('parallel')) {
  const result = await benchThroughput(values.corpus, repeat, log, every);
  sections.push(result.section);
  if (has('stages')) sections.push(await benchStages(result.reading, log));
  if (has('parallel'))
    sections.push(await benchParallel(result.reading, { ...result.extract, meetings: result.meetings }, repeat, log));
}
if (has('ingest') || has('queries') || has('bot')) {
  // The ingest runs leave one full-corpus store of each kind for the query and bot benchmarks.
  const stores = new Map<StoreKind, StoreTarget>();
  try {
    sections.push(await benchIngest(values.corpus, kinds, databaseUrl, has('ingest') ? repeat : 1, log, stores));
    if (has('queries')) sections.push(await benchQueries(stores, queryCount, log));
    const sqlite = stores.get('sqlite');
    if (has('bot') && sqlite) sections.push(await benchBot(sqlite, queryCount, log));
  } finally {
    for (const target of stores.values()) await dropTarget(target);
  }
}
if (has('linearity')) sections.push(await benchLinearity(log));

const header = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}, by \`pnpm bench\`${values.only === SUITES.join(',') ? '' : ` (${values.only})`}; PostgreSQL: ${databaseUrl ? 'a server on the same machine' : 'not measured'}.`,
  '',
];
writeFileSync(resolve(root, values.out), `${[...header, ...sections].join('\n')}\n`);
log(`wrote ${values.out}`);
