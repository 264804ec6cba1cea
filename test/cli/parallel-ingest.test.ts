// Parallel ingest (worker threads, in the built CLI) stores exactly what a single-threaded ingest
// stores: the same articles, people and meetings, from the seeds and a slice of the corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, readCorpus } from '../helpers/corpus.js';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
const SLICE_EVERY = 60; // about 500 articles

let dir: string;
const liqa = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, DATABASE_URL: '' },
  });

/** Ingests with `workers` threads into a fresh folder and returns the summary and the export. */
function ingestWith(workers: number, inputs: string[]) {
  const data = join(dir, `data-${workers}`);
  const run = liqa(['ingest', ...inputs, '--data', data, '--workers', String(workers), '--no-progress', '--json']);
  expect(run.status, run.stderr).toBe(0); // the corpus's empty articles are counted, not errors
  const { seconds, store, threads, ...summary } = JSON.parse(run.stdout) as {
    added: number;
    skipped: number;
    reports: number;
    errors: unknown[];
    seconds: number;
    store: string;
    threads: number;
  };
  expect(threads).toBe(workers);
  const exported = liqa(['export', '--format', 'json', '--data', data]);
  expect(exported.status, exported.stderr).toBe(0);
  return { summary, exported: exported.stdout };
}

describe.skipIf(!CORPUS_AVAILABLE)('liqa ingest --workers', () => {
  const inputs: string[] = [SEEDS_DIR];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liqa-workers-'));
    const lines: string[] = [];
    let index = 0;
    for await (const article of readCorpus(SLICE_EVERY)) {
      lines.push(JSON.stringify(article));
      // An exact duplicate text under another id: skipped once, whichever thread sees it.
      if (index++ === 3) lines.push(JSON.stringify({ ...article, id: `${article.id}-copy` }));
    }
    const slice = join(dir, 'slice.jsonl');
    writeFileSync(slice, `${lines.join('\n')}\n`);
    inputs.push(slice);
  }, CORPUS_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'stores the same people and meetings with two threads as with one',
    () => {
      const one = ingestWith(1, inputs);
      const two = ingestWith(2, inputs);
      expect(one.summary.added).toBeGreaterThan(400);
      expect(one.summary.reports).toBeGreaterThan(10);
      expect(one.summary.skipped).toBeGreaterThanOrEqual(1);
      expect(two.summary).toEqual(one.summary);
      expect(two.exported).toBe(one.exported);
    },
    CORPUS_TIMEOUT,
  );

  it('refuses a thread count that is not a positive number', () => {
    const run = liqa(['ingest', SEEDS_DIR, '--data', join(dir, 'bad'), '--workers', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers must be at least 1');
  });
});
