import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleRecord } from '../corpus/types.js';
import { LiqaError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';
import {
  ARTICLE_COLUMNS,
  articleRow,
  assembleReports,
  PARTICIPANT_COLUMNS,
  participantRows,
  REPORT_COLUMNS,
  reportRows,
} from './rows.js';
import type { AddResult, Store, StoredReports, StoreStats } from './store.js';

type Database = BetterSqlite3.Database;

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/**
 * The embedded store: one SQLite file (better-sqlite3), no server, no setup. SQLite rather than
 * PGlite because a store is then a single file that opens in milliseconds, writes a batch in one
 * fast synchronous transaction, and can be read by any SQLite tool an analyst already has.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  readonly #db: Database;
  readonly #insertArticle: BetterSqlite3.Statement;
  readonly #insertReport: BetterSqlite3.Statement;
  readonly #insertParticipant: BetterSqlite3.Statement;
  readonly #addBatch: BetterSqlite3.Transaction<(records: readonly ArticleRecord[], ingestedAt: string) => AddResult>;

  private constructor(db: Database, location: string) {
    this.#db = db;
    this.location = location;
    this.#insertArticle = db.prepare(`${insertSql('articles', ARTICLE_COLUMNS)} ON CONFLICT DO NOTHING`);
    this.#insertReport = db.prepare(insertSql('reports', REPORT_COLUMNS));
    this.#insertParticipant = db.prepare(insertSql('participants', PARTICIPANT_COLUMNS));
    const bumpRevision = db.prepare("UPDATE store_meta SET value = value + 1 WHERE key = 'revision'");
    this.#addBatch = db.transaction((records: readonly ArticleRecord[], ingestedAt: string) => {
      let added = 0;
      let reports = 0;
      for (const record of records) {
        // ON CONFLICT covers both the id and the text hash: a re-ingested article changes nothing.
        if (this.#insertArticle.run(articleRow(record.article, ingestedAt)).changes === 0) continue;
        added++;
        for (const row of reportRows(record)) this.#insertReport.run(row);
        for (const row of participantRows(record)) this.#insertParticipant.run(row);
        reports += record.reports.length;
      }
      if (added > 0) bumpRevision.run();
      return { added, skipped: records.length - added, reports };
    });
  }

  /**
   * Opens (creating it if needed) the SQLite file at `path`, or an in-memory database for
   * `':memory:'`, and brings its schema up to date.
   */
  static async open(path: string): Promise<SqliteStore> {
    let Driver: typeof BetterSqlite3;
    try {
      Driver = (await import('better-sqlite3')).default;
    } catch (cause) {
      throw new LiqaError(
        'store_unavailable',
        'the embedded store needs the better-sqlite3 package, which failed to load (was it built for this Node version?)',
        {},
        { cause },
      );
    }
    let db: Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Driver(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
    } catch (cause) {
      throw new LiqaError(
        'store_unavailable',
        `cannot open the store at ${path}: ${(cause as Error).message}`,
        { path },
        { cause },
      );
    }
    migrate(db);
    return new SqliteStore(db, path);
  }

  async addArticles(records: readonly ArticleRecord[]): Promise<AddResult> {
    if (records.length === 0) return { added: 0, skipped: 0, reports: 0 };
    try {
      return this.#addBatch.immediate(records, new Date().toISOString());
    } catch (cause) {
      throw new LiqaError(
        'store_error',
        `could not write to ${this.location}: ${(cause as Error).message}`,
        {},
        { cause },
      );
    }
  }

  async hasArticle(id: string, hash?: string): Promise<boolean> {
    const row = this.#db.prepare('SELECT 1 FROM articles WHERE id = ? OR hash = ? LIMIT 1').get(id, hash ?? null);
    return row !== undefined;
  }

  async loadReports(): Promise<StoredReports> {
    // One read transaction for the three reads: in WAL mode it sees one snapshot, so that an ingest
    // committed by another process in between cannot show half an article.
    const read = this.#db.transaction(() => {
      const articles = this.#db
        .prepare('SELECT * FROM articles WHERE id IN (SELECT DISTINCT article_id FROM reports)')
        .all() as Record<string, unknown>[];
      const reports = this.#db.prepare('SELECT * FROM reports').all() as Record<string, unknown>[];
      const participants = this.#db.prepare('SELECT * FROM participants').all() as Record<string, unknown>[];
      return assembleReports(articles, reports, participants);
    });
    return read();
  }

  async revision(): Promise<number> {
    const row = this.#db.prepare("SELECT value FROM store_meta WHERE key = 'revision'").get() as { value: number };
    return Number(row.value);
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) =>
      Number((this.#db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    return { articles: count('articles'), reports: count('reports'), participants: count('participants') };
  }

  async schemaVersion(): Promise<number> {
    const row = this.#db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
    return Number(row.v ?? 0);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

/**
 * Applies the migrations the file has not seen, each in its own write transaction; the check is
 * inside it, so two processes opening a new file at once do not both apply one.
 */
function migrate(db: Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      for (const statement of migration.statements) db.exec(statement);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
