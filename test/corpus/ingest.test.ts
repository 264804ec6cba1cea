// Every corpus article goes through Corpus.ingest into an SQLite store without an error, and the
// store holds exactly what was read: each new article once, with all its reports, and no stray rows.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, openCorpus } from '../../packages/core/src/corpus/corpus.js';
import { STORE_FILE } from '../../packages/core/src/store/open-store.js';
import { integrityProblems, readSqliteRows } from '../../packages/core/test/store/inspect.js';
import { CORPUS_AVAILABLE, CORPUS_FILE, CORPUS_TIMEOUT, FULL_CORPUS, readCorpus } from '../helpers/corpus.js';

// The same fixed sample as the parse and extract tests (every 10th article, 3,103) on every run;
// the whole corpus file, as a user would ingest it, with LIQA_CORPUS=full (pnpm test:corpus).
const EVERY = FULL_CORPUS ? 1 : 10;

/** What the input holds, counted apart from the ingest: lines, blank texts, repeated texts. */
interface Expected {
  articles: number;
  empty: string[];
  repeats: number;
  ids: Set<string>;
}

let dir: string;
let input: string;
const expected: Expected = { articles: 0, empty: [], repeats: 0, ids: new Set() };

describe.skipIf(!CORPUS_AVAILABLE)(
  `Corpus.ingest of SaudiNewsNet, ${FULL_CORPUS ? 'every article' : 'every 10th article'}`,
  () => {
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'liqa-corpus-ingest-'));
      const lines: string[] = [];
      const texts = new Set<string>();
      for await (const article of readCorpus(EVERY)) {
        expected.articles++;
        if (!FULL_CORPUS) lines.push(JSON.stringify(article));
        if (article.content.trim() === '') expected.empty.push(article.id);
        else if (texts.has(article.content)) expected.repeats++;
        else {
          texts.add(article.content);
          expected.ids.add(article.id);
        }
      }
      input = FULL_CORPUS ? CORPUS_FILE : join(dir, 'sample.jsonl');
      if (!FULL_CORPUS) await writeFile(input, `${lines.join('\n')}\n`);
    }, CORPUS_TIMEOUT);
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it(
      'ingests every article without an error, and the store holds each new one once, complete',
      async ({ annotate }) => {
        const corpus: Corpus = await openCorpus({ dataDir: dir });
        let summary: Awaited<ReturnType<Corpus['ingest']>>;
        try {
          summary = await corpus.ingest(input);
        } finally {
          await corpus.close();
        }
        await annotate(
          `${summary.articles} articles: ${summary.added} added, ${summary.skipped} repeats, ${summary.empty.length} empty, ${summary.errors.length} errors; ${summary.reports} meeting reports`,
        );
        expect(summary.errors.slice(0, 20)).toEqual([]);
        expect(summary.articles).toBe(expected.articles);
        expect(summary.articles).toBeGreaterThan(FULL_CORPUS ? 31_000 : 3_000);
        expect(summary.empty.map((e) => e.id)).toEqual(expected.empty);
        // A text met twice in the input is stored once: the repeat counts as already stored.
        expect(summary.skipped).toBe(expected.repeats);
        expect(summary.added).toBe(expected.ids.size);
        expect(summary.added + summary.skipped + summary.empty.length).toBe(summary.articles);

        const rows = readSqliteRows(join(dir, STORE_FILE));
        expect(integrityProblems(rows).slice(0, 20)).toEqual([]);
        expect(rows.articles.length).toBe(summary.added);
        expect(rows.articles.map((a) => String(a.id)).filter((id) => !expected.ids.has(id))).toEqual([]);
        expect(rows.reports.length).toBe(summary.reports);
        // News reports meetings often; a run that stores almost none has broken a stage.
        expect(summary.reports).toBeGreaterThan(summary.added / 100);
        // Every report names people on at least two sides.
        const sides = new Map<string, Set<unknown>>();
        for (const p of rows.participants) {
          const report = `${p.article_id}#${p.report_idx}`;
          sides.set(report, (sides.get(report) ?? new Set()).add(p.side));
        }
        const oneSided = rows.reports.filter((r) => (sides.get(`${r.article_id}#${r.idx}`)?.size ?? 0) < 2);
        expect(oneSided.map((r) => r.article_id)).toEqual([]);
      },
      CORPUS_TIMEOUT,
    );
  },
);
