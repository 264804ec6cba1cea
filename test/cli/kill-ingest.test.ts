// The store loses nothing: an ingest killed with SIGKILL in the middle leaves a store of whole
// articles, each with all its reports, the batch in flight absent and no stray rows; a re-run of
// the same ingest completes it, to exactly what an uninterrupted ingest stores.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../packages/core/src/store/open-store.js';
import {
  countSqliteArticles,
  integrityProblems,
  readSqliteRows,
  type StoreRows,
} from '../../packages/core/test/store/inspect.js';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, readCorpus } from '../helpers/corpus.js';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
/** About 1,550 articles: several seconds of ingest, in batches of BATCH. */
const SLICE_EVERY = 20;
const BATCH = 50;
/** Articles committed before the kill: a third of the way, well under way and far from done. */
const KILL_AFTER = 10 * BATCH;

let dir: string;
let slice: string;
/** The slice's article ids in input order. */
const order: string[] = [];

const ingestArgs = (data: string) => [
  BIN,
  'ingest',
  slice,
  '--data',
  data,
  '--batch-size',
  String(BATCH),
  '--workers',
  '2',
  '--no-progress',
  '--json',
];
const env = { ...process.env, DATABASE_URL: '' };

interface Summary {
  articles: number;
  added: number;
  skipped: number;
  empty: unknown[];
  errors: unknown[];
}

function ingest(data: string): Summary {
  const run = spawnSync(process.execPath, ingestArgs(data), { cwd: ROOT, encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Summary;
}

/** Starts an ingest and SIGKILLs it once `count` articles are committed; resolves with what the store holds then. */
async function killMidway(data: string, count: number): Promise<{ signal: NodeJS.Signals | null; stored: number }> {
  const child: ChildProcess = spawn(process.execPath, ingestArgs(data), { cwd: ROOT, env, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const file = join(data, STORE_FILE);
  while (!done && countSqliteArticles(file) < count) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!done) child.kill('SIGKILL');
  const signal = await exited;
  return { signal, stored: countSqliteArticles(file) };
}

/** The rows of one article: the article, its reports and their participants. */
function rowsOf(rows: StoreRows, id: string) {
  return {
    article: rows.articles.find((a) => a.id === id),
    reports: rows.reports.filter((r) => r.article_id === id),
    participants: rows.participants.filter((p) => p.article_id === id),
  };
}

describe.skipIf(!CORPUS_AVAILABLE)('an ingest killed in the middle', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liqa-kill-'));
    const lines: string[] = [];
    for await (const article of readCorpus(SLICE_EVERY)) {
      lines.push(JSON.stringify(article));
      order.push(article.id);
    }
    slice = join(dir, 'slice.jsonl');
    writeFileSync(slice, `${lines.join('\n')}\n`);
  }, CORPUS_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'leaves whole articles only, and a re-run completes the batch to what an uninterrupted ingest stores',
    async ({ annotate }) => {
      const whole = join(dir, 'uninterrupted');
      const reference = ingest(whole);
      const expected = readSqliteRows(join(whole, STORE_FILE));
      expect(reference.errors).toEqual([]);
      expect(reference.added).toBeGreaterThan(1000);

      const killed = join(dir, 'killed');
      const { signal, stored } = await killMidway(killed, KILL_AFTER);
      expect(signal, 'the ingest ended before it could be killed').toBe('SIGKILL');
      const after = readSqliteRows(join(killed, STORE_FILE));
      await annotate(`killed with ${stored} of ${reference.added} articles stored`);
      expect(stored).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(stored).toBeLessThan(reference.added);

      // Sound: nothing twice, no report without its article, no numbering cut short.
      expect(integrityProblems(after)).toEqual([]);
      // Whole batches only: the one in flight is absent, not half there.
      expect(stored % BATCH).toBe(0);
      // The stored articles are the first ones of the input, each with exactly the rows an
      // uninterrupted ingest gives it (same reports, same participants).
      const storedIds = new Set(after.articles.map((a) => String(a.id)));
      const firstStored = order.filter((id) => expected.articles.some((a) => a.id === id)).slice(0, stored);
      expect([...storedIds].sort()).toEqual([...firstStored].sort());
      for (const id of storedIds) expect(rowsOf(after, id)).toEqual(rowsOf(expected, id));

      // The same command again takes up where the killed one stopped.
      const rerun = ingest(killed);
      expect(rerun).toMatchObject({ added: reference.added - stored, skipped: reference.skipped + stored, errors: [] });
      expect(readSqliteRows(join(killed, STORE_FILE))).toEqual(expected);
    },
    CORPUS_TIMEOUT,
  );
});
