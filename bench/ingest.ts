// Whole-corpus ingest into each store, in a child process per run (its peak RSS is the ingest's),
// median of `repeat` runs; then memory against corpus size: 1/4, 1/2 and all of it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fixed, median, mib, repeated, table } from './stats.js';
import { dropTarget, freshTarget, type StoreKind, type StoreTarget } from './store-target.js';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, 'ingest-child.ts');

interface ChildFigures {
  seconds: number;
  maxRss: number;
  added?: number;
  reports?: number;
  threads?: number;
  people?: number;
  meetings?: number;
  heapUsed?: number;
  storeBytes?: number;
}

/** Bytes of an SQLite store on disk: the database and its write-ahead log. */
function storeBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

async function child(mode: 'ingest' | 'open', target: StoreTarget, file?: string): Promise<ChildFigures> {
  const args = ['--expose-gc', '--import', 'tsx', CHILD, mode, JSON.stringify(target), ...(file ? [file] : [])];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as ChildFigures;
}

/**
 * Ingests `file` into a fresh store, then opens it in another process. The store is dropped after,
 * unless `keep` is given: then it goes there, for the caller to drop.
 */
async function ingestAndOpen(
  kind: StoreKind,
  url: string | undefined,
  file: string,
  keep?: Map<StoreKind, StoreTarget>,
) {
  const target = freshTarget(kind, url);
  let kept = false;
  try {
    const ingest = await child('ingest', target, file);
    const open = await child('open', target);
    if (target.kind === 'sqlite') open.storeBytes = storeBytes(target.path);
    if (keep) {
      keep.set(kind, target);
      kept = true;
    }
    return { ingest, open };
  } finally {
    if (!kept) await dropTarget(target);
  }
}

/** The first `fraction` of the corpus's lines, as a new .jsonl.gz file. */
function corpusFraction(corpusFile: string, dir: string, fraction: number): string {
  const lines = gunzipSync(readFileSync(corpusFile)).toString('utf8').split('\n').filter(Boolean);
  const file = join(dir, `corpus-${fraction}.jsonl.gz`);
  writeFileSync(file, gzipSync(`${lines.slice(0, Math.round(lines.length * fraction)).join('\n')}\n`));
  return file;
}

/**
 * Measures ingest into each store kind and memory against corpus size. The last run's store of each
 * kind is left in `stores` for the query benchmarks; the caller drops them.
 */
export async function benchIngest(
  corpusFile: string,
  kinds: readonly StoreKind[],
  url: string | undefined,
  repeat: number,
  log: (line: string) => void,
  stores: Map<StoreKind, StoreTarget>,
): Promise<string> {
  const rows: string[][] = [];
  const full = new Map<StoreKind, { ingest: ChildFigures; open: ChildFigures }>();
  for (const kind of kinds) {
    const runs = await repeated(repeat, async (i) => {
      const result = await ingestAndOpen(kind, url, corpusFile, i === repeat - 1 ? stores : undefined);
      log(
        `ingest into ${kind}, run ${i + 1}: ${fixed(result.ingest.seconds)} s, peak RSS ${mib(result.ingest.maxRss)}`,
      );
      return result;
    });
    const first = runs[0]?.ingest;
    const last = runs.at(-1);
    if (last) full.set(kind, last);
    rows.push([
      kind === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL',
      String(first?.threads ?? 1),
      fixed(median(runs.map((r) => r.ingest.seconds))),
      runs.map((r) => fixed(r.ingest.seconds)).join(', '),
      mib(median(runs.map((r) => r.ingest.maxRss))),
      `${first?.added ?? 0} articles, ${first?.reports ?? 0} reports`,
      fixed(median(runs.map((r) => r.open.seconds)), 2),
    ]);
  }
  const sections = [
    '## Ingest of the whole corpus',
    '',
    `\`corpus.ingest()\` of ${basename(corpusFile)} into a new store, parsing and extracting on worker threads; each run in its own process; median of ${repeat}. "open" is a new process opening the full store and answering its first question (the in-memory view is built then).`,
    '',
    table(['store', 'threads', 'seconds (median)', 'runs', 'peak RSS', 'stored', 'open, s'], rows),
    '',
  ];

  // Memory against corpus size, on the embedded store.
  const dir = mkdtempSync(join(tmpdir(), 'liqa-bench-fractions-'));
  try {
    const memoryRows: string[][] = [];
    for (const fraction of [0.25, 0.5]) {
      const { ingest, open } = await ingestAndOpen('sqlite', url, corpusFraction(corpusFile, dir, fraction));
      log(`1/${1 / fraction} of the corpus: ingest peak RSS ${mib(ingest.maxRss)}, open RSS ${mib(open.maxRss)}`);
      memoryRows.push(memoryRow(`${fraction * 100}%`, ingest, open));
    }
    const whole = full.get('sqlite');
    if (whole) memoryRows.push(memoryRow('100%', whole.ingest, whole.open));
    sections.push(
      '## Memory against corpus size',
      '',
      'The embedded store with the first quarter, half and all of the corpus: peak RSS of the ingest (bounded by the batch and by the word caches of each thread, 30–50 MB of heap at most, not by the corpus) and of a process that opens the store and answers a question; the heap used by that process after a full garbage collection (the in-memory view, which grows with the people and meetings held); and the size of the store on disk.',
      '',
      table(
        ['corpus', 'meetings', 'people', 'store on disk', 'ingest peak RSS', 'open: peak RSS', 'open: heap used'],
        memoryRows,
      ),
      '',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sections.join('\n');
}

function memoryRow(name: string, ingest: ChildFigures, open: ChildFigures): string[] {
  return [
    name,
    String(open.meetings ?? 0),
    String(open.people ?? 0),
    mib(open.storeBytes ?? 0),
    mib(ingest.maxRss),
    mib(open.maxRss),
    mib(open.heapUsed ?? 0),
  ];
}
