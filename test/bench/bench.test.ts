// `pnpm bench` on a small slice of the corpus: every benchmark runs to the end and writes its
// section with figures. Only the shape is checked; benchmarks report time, tests never assert it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, readCorpus } from '../helpers/corpus.js';
import { ROOT } from '../helpers/seeds.js';

const SLICE_EVERY = 100; // about 300 articles
let dir: string;
let slice: string;

describe.skipIf(!CORPUS_AVAILABLE)('pnpm bench on a slice of the corpus', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liqa-bench-test-'));
    const lines: string[] = [];
    for await (const article of readCorpus(SLICE_EVERY)) lines.push(JSON.stringify(article));
    slice = join(dir, 'slice.jsonl.gz');
    writeFileSync(slice, gzipSync(`${lines.join('\n')}\n`));
  }, CORPUS_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'measures every stage and both stores, and writes them as Markdown tables',
    () => {
      const out = join(dir, 'BENCHMARKS.md');
      const postgres = process.env.LIQA_TEST_DATABASE_URL;
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/run.ts',
          '--only',
          'throughput,stages,parallel,ingest,queries,bot',
          '--repeat',
          '1',
          '--corpus',
          slice,
          '--queries',
          '500',
          '--out',
          out,
          ...(postgres ? [] : ['--no-postgres']),
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, LIQA_BENCH_DATABASE_URL: postgres ?? '', DATABASE_URL: '' },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const report = readFileSync(out, 'utf8');
      for (const heading of [
        '## Throughput on one core',
        '## Where the time goes',
        '## Parallel parse + extract',
        '## Ingest of the whole corpus',
        '## Memory against corpus size',
        '## Query latency',
        '## Bot handler latency',
      ]) {
        expect(report).toContain(heading);
      }
      expect(report).toMatch(/\| parseArticle \+ extractMeetings \| [\d.]+ \| [\d.]+ \| \d+ \| [\d.]+× \|/);
      expect(report).toMatch(/\| SQLite \(embedded\) \| autocomplete \| [\d.]+ ms \| [\d.]+ ms \|/);
      expect(report).toMatch(/\| \/met \| [\d.]+ ms \| [\d.]+ ms \|/);
      expect(report).toContain('Handler errors logged: 0.');
      // The two top stages share the profiled run between them.
      const share = (name: string) =>
        Number(new RegExp(`\\| ${name} \\| [^|]+ \\| [\\d.]+ \\| ([\\d.]+)% \\|`).exec(report)?.[1]);
      expect(share('parseArticle') + share('extractMeetings')).toBeCloseTo(100, 0);
      expect(report).toMatch(/\| {3}findPersonsFor \| [^|]+ \| [\d.]+ \| [\d.]+% \|/);
      expect(report).toMatch(/\| {5}mayNamePartiesWithin \| [^|]+ \| [\d.]+ \| [\d.]+% \|/);
      if (postgres) expect(report).toMatch(/\| PostgreSQL \| whoMet \| [\d.]+ ms \| [\d.]+ ms \|/);
    },
    CORPUS_TIMEOUT,
  );

  it('refuses an unknown benchmark with a clear message', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--only', 'speed'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown benchmark "speed"');
  });
});
