// Two processes ingesting into one PostgreSQL store at once, one reading the articles in the
// other's reverse order, store each article once: no article, report or participant twice, and
// the same rows (and so the same people and meetings) as one process alone.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityProblems, readPostgresRows, type StoreRows } from '../../packages/core/test/store/inspect.js';
import { dropSchema, POSTGRES_REQUIRED, POSTGRES_URL, probePostgres } from '../../packages/core/test/store/postgres.js';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, readCorpus } from '../helpers/corpus.js';
import { ROOT } from '../helpers/seeds.js';

const run = promisify(execFile);
const SCRIPT = join(ROOT, 'test', 'helpers', 'ingest-postgres.mjs');
/** About 600 articles, in small batches: many transactions from each process cross. */
const SLICE_EVERY = 50;
const BATCH = 10;

const unavailable = await probePostgres();

interface Summary {
  articles: number;
  added: number;
  skipped: number;
  reports: number;
  errors: unknown[];
}

async function ingest(schema: string, file: string): Promise<Summary> {
  const { stdout } = await run(process.execPath, [SCRIPT, POSTGRES_URL, schema, String(BATCH), file], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
  });
  return JSON.parse(stdout) as Summary;
}

/** The rows without `origin`, which names the file and line the storing process read. */
const withoutOrigin = (rows: StoreRows) => ({
  ...rows,
  articles: rows.articles.map(({ origin: _origin, ...article }) => article),
});

if (unavailable !== null && POSTGRES_REQUIRED) {
  describe('concurrent ingests into PostgreSQL', () => {
    it(`need a PostgreSQL server, as LIQA_REQUIRE_POSTGRES=1 says (${unavailable})`, () => {
      throw new Error(`LIQA_REQUIRE_POSTGRES=1 but ${unavailable}`);
    });
  });
}

describe.skipIf(unavailable !== null || !CORPUS_AVAILABLE)(
  `concurrent ingests into PostgreSQL${unavailable === null ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    let dir: string;
    let forward: string;
    let backward: string;
    const schemas: string[] = [];
    const newSchema = () => {
      const schema = `liqa_test_${randomBytes(8).toString('hex')}`;
      schemas.push(schema);
      return schema;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'liqa-concurrent-'));
      // Distinct, non-empty texts, so that which of two ids of one text is kept does not depend on who wins.
      const lines: string[] = [];
      const texts = new Set<string>();
      for await (const article of readCorpus(SLICE_EVERY)) {
        if (article.content.trim() === '' || texts.has(article.content)) continue;
        texts.add(article.content);
        lines.push(JSON.stringify(article));
      }
      forward = join(dir, 'forward.jsonl');
      backward = join(dir, 'backward.jsonl');
      writeFileSync(forward, `${lines.join('\n')}\n`);
      writeFileSync(backward, `${[...lines].reverse().join('\n')}\n`);
    }, CORPUS_TIMEOUT);

    afterAll(async () => {
      for (const schema of schemas) await dropSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      'store every article, report and participant once, as one process alone does',
      async ({ annotate }) => {
        const alone = newSchema();
        const reference = await ingest(alone, forward);
        expect(reference.errors).toEqual([]);
        const expected = await readPostgresRows(POSTGRES_URL, alone);

        const shared = newSchema();
        const [a, b] = await Promise.all([ingest(shared, forward), ingest(shared, backward)]);
        await annotate(
          `${reference.added} articles: one process added ${a.added}, the other ${b.added}, at the same time`,
        );
        expect(a.errors).toEqual([]);
        expect(b.errors).toEqual([]);
        expect(a.added + b.added).toBe(reference.added);
        expect(a.skipped + b.skipped).toBe(reference.added);
        expect(a.reports + b.reports).toBe(reference.reports);
        const rows = await readPostgresRows(POSTGRES_URL, shared);
        expect(integrityProblems(rows)).toEqual([]);
        expect(withoutOrigin(rows)).toEqual(withoutOrigin(expected));
      },
      CORPUS_TIMEOUT,
    );
  },
);
