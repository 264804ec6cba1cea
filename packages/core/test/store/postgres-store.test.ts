import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import { articleRecord } from '../../src/corpus/article-record.js';
import { extractMeetings } from '../../src/meetings/extract-meetings.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { parseArticle } from '../../src/text/parse-article.js';
import { type AppliedMigration, describeStoreContract } from './contract.js';
import { POSTGRES_REQUIRED, POSTGRES_URL, probePostgres } from './postgres.js';

/**
 * The store contract on a real PostgreSQL server ({@link POSTGRES_URL}). Each test gets its own
 * schema, dropped after it.
 */
const url = POSTGRES_URL;
const required = POSTGRES_REQUIRED;
const unavailable = await probePostgres(url);

if (unavailable !== null && required) {
  describe('PostgresStore', () => {
    it(`needs a PostgreSQL server, as LIQA_REQUIRE_POSTGRES=1 says (${unavailable})`, () => {
      throw new Error(
        `LIQA_REQUIRE_POSTGRES=1 but ${unavailable}. Start one with \`bash scripts/postgres.sh start\` and set LIQA_TEST_DATABASE_URL.`,
      );
    });
  });
}

const title = unavailable === null ? 'PostgresStore' : `PostgresStore (skipped: ${unavailable})`;

describe.skipIf(unavailable !== null)(title, () => {
  let admin: pg.Client;
  /** This test's schema. */
  let schema: string;
  const open = () => PostgresStore.open(url, { schema });

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    admin.on('error', () => {});
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
  });

  beforeEach(() => {
    schema = `liqa_test_${randomBytes(8).toString('hex')}`;
  });

  afterEach(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  describeStoreContract('the store contract', open, {
    async appliedMigrations() {
      const { rows } = await admin.query(
        `SELECT version, name, applied_at FROM ${schema}.schema_migrations ORDER BY version`,
      );
      return rows as AppliedMigration[];
    },
  });

  describe('several processes on one database', () => {
    const three = ['001', '002', '003'].map((prefix) => {
      const article = parseArticle(readSeed(prefix));
      const meetings = extractMeetings(article, { published: '2024-05-01' });
      return articleRecord(article, meetings, { id: `seeds/${prefix}.txt`, published: '2024-05-01' });
    });

    it('two stores adding the same 3 records at the same time store them once', async () => {
      const stores: Store[] = [];
      try {
        // Opened at once too: both create the schema and run the migrations on a new schema.
        stores.push(...(await Promise.all([open(), open()])));
        const [a, b] = stores as [Store, Store];
        const results = await Promise.all([a.addArticles(three), b.addArticles(three)]);

        expect(results.reduce((n, r) => n + r.added, 0)).toBe(3);
        expect(results.reduce((n, r) => n + r.skipped, 0)).toBe(3);
        const reports = three.reduce((n, r) => n + r.reports.length, 0);
        expect(results.reduce((n, r) => n + r.reports, 0)).toBe(reports);
        const participants = three.flatMap((r) => r.reports).reduce((n, r) => n + r.participants.length, 0);
        for (const store of [a, b]) {
          expect(await store.stats()).toEqual({ articles: 3, reports, participants });
          expect((await store.loadReports()).reports).toHaveLength(reports);
        }
        expect(await a.revision()).toBe(await b.revision());
        expect(await a.revision()).toBeGreaterThanOrEqual(1);
      } finally {
        for (const store of stores) await store.close();
      }
    });

    it('two stores adding the same batches in opposite orders never deadlock (each used to abort the other)', async () => {
      const stores: Store[] = [];
      try {
        stores.push(await open(), await open());
        const [a, b] = stores as [Store, Store];
        for (let round = 0; round < 10; round++) {
          const batch = Array.from({ length: 20 }, (_, i) => {
            const article = parseArticle(`نص ${round} ${i}`);
            return articleRecord(article, [], { id: `r${round}-${i}` });
          });
          const [x, y] = await Promise.all([a.addArticles(batch), b.addArticles([...batch].reverse())]);
          expect(x.added + y.added).toBe(20);
          expect(x.skipped + y.skipped).toBe(20);
        }
        expect((await a.stats()).articles).toBe(200);
      } finally {
        for (const store of stores) await store.close();
      }
    });
  });
});
