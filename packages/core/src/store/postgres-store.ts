import type { Pool, PoolClient } from 'pg';
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
  type SqlValue,
} from './rows.js';
import type { AddResult, Store, StoredReports, StoreStats } from './store.js';

/** Options of {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /**
   * Schema to keep the tables in, created if missing (tests give each run its own).
   * @default 'public'
   */
  schema?: string;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters for every table. */
const ROWS_PER_STATEMENT = 500;
/** Any constant: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_240_815;
/**
 * Any other constant: with the schema's hash, the advisory lock that lets one batch at a time write
 * to a store. Two processes inserting the same articles in different orders would otherwise each
 * wait on a row the other holds, and PostgreSQL would abort one with "deadlock detected".
 */
const WRITE_LOCK = 7_240_816;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `postgres://user:***@host:port/db`: an address safe to print. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}

/** Multi-row `INSERT … VALUES ($1, …), (…)` for a chunk of rows. */
function insertStatement(table: string, columns: readonly string[], rows: readonly SqlValue[][], suffix = '') {
  const values: SqlValue[] = [];
  const tuples = rows.map((row) => {
    const start = values.length;
    values.push(...row);
    return `(${row.map((_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  return { text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`, values };
}

async function insertRows(client: PoolClient, table: string, columns: readonly string[], rows: SqlValue[][]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await client.query(insertStatement(table, columns, rows.slice(i, i + ROWS_PER_STATEMENT)));
  }
}

/**
 * The server store: PostgreSQL through node-postgres, for corpora shared by many bots and scripts
 * at once. Same schema and migrations as the embedded store; concurrent ingests of the same
 * article from several processes store it once (the unique id and hash decide), one batch writing
 * at a time.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly location: string;
  readonly #pool: Pool;
  #closed = false;

  private constructor(pool: Pool, location: string) {
    this.#pool = pool;
    this.location = location;
  }

  /** Connects to the server at `url` (a `postgres://` URL) and brings the schema up to date. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema)) {
      throw new LiqaError(
        'invalid_options',
        `schema must be a plain lower-case SQL name, got ${JSON.stringify(schema)}`,
      );
    }
    const location = redact(url);
    let Pool: typeof import('pg').Pool;
    try {
      Pool = (await import('pg')).default.Pool;
    } catch (cause) {
      throw new LiqaError(
        'store_unavailable',
        'the PostgreSQL store needs the pg package, which failed to load',
        {},
        { cause },
      );
    }
    const pool = new Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 10_000,
      options: `-c search_path=${schema}`,
    });
    // An idle client's error (server restart) must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, location);
    try {
      const client = await pool.connect();
      try {
        await migrate(client, schema);
      } finally {
        client.release();
      }
    } catch (cause) {
      await pool.end().catch(() => {});
      if (cause instanceof LiqaError) throw cause;
      throw new LiqaError(
        'store_unavailable',
        `cannot use the PostgreSQL store at ${location}: ${(cause as Error).message}`,
        { location },
        { cause },
      );
    }
    return store;
  }

  async #transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => {});
      if (cause instanceof LiqaError) throw cause;
      throw new LiqaError(
        'store_error',
        `could not write to ${this.location}: ${(cause as Error).message}`,
        {},
        { cause },
      );
    } finally {
      client.release();
    }
  }

  async #connect(): Promise<PoolClient> {
    try {
      return await this.#pool.connect();
    } catch (cause) {
      throw new LiqaError(
        'store_unavailable',
        `cannot reach PostgreSQL at ${this.location}: ${(cause as Error).message}`,
        {},
        { cause },
      );
    }
  }

  async #rows(text: string, values: SqlValue[] = []): Promise<Record<string, unknown>[]> {
    const client = await this.#connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      client.release();
    }
  }

  async addArticles(records: readonly ArticleRecord[]): Promise<AddResult> {
    if (records.length === 0) return { added: 0, skipped: 0, reports: 0 };
    const ingestedAt = new Date().toISOString();
    return this.#transaction(async (client) => {
      // One writer at a time, as in SQLite: only the writes wait, not the parsing and extraction
      // that make the batch, and no two batches can deadlock on each other's rows.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [WRITE_LOCK]);
      // One by one with RETURNING, so that only the articles this transaction inserted get their
      // reports written: another process may have stored the same article a moment before.
      const inserted: ArticleRecord[] = [];
      for (const record of records) {
        const statement = insertStatement('articles', ARTICLE_COLUMNS, [articleRow(record.article, ingestedAt)]);
        const result = await client.query(`${statement.text} ON CONFLICT DO NOTHING RETURNING id`, statement.values);
        if (result.rowCount === 1) inserted.push(record);
      }
      await insertRows(client, 'reports', REPORT_COLUMNS, inserted.flatMap(reportRows));
      await insertRows(client, 'participants', PARTICIPANT_COLUMNS, inserted.flatMap(participantRows));
      if (inserted.length > 0) await client.query("UPDATE store_meta SET value = value + 1 WHERE key = 'revision'");
      const reports = inserted.reduce((n, r) => n + r.reports.length, 0);
      return { added: inserted.length, skipped: records.length - inserted.length, reports };
    });
  }

  async hasArticle(id: string, hash?: string): Promise<boolean> {
    const rows = await this.#rows('SELECT 1 FROM articles WHERE id = $1 OR hash = $2 LIMIT 1', [id, hash ?? null]);
    return rows.length > 0;
  }

  async loadReports(): Promise<StoredReports> {
    // One snapshot for the three reads, so that a concurrent ingest cannot show half an article.
    const client = await this.#connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const articles = await client.query(
        'SELECT * FROM articles WHERE id IN (SELECT DISTINCT article_id FROM reports)',
      );
      const reports = await client.query('SELECT * FROM reports');
      const participants = await client.query('SELECT * FROM participants');
      await client.query('COMMIT');
      return assembleReports(articles.rows, reports.rows, participants.rows);
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => {});
      throw new LiqaError('store_error', `could not read ${this.location}: ${(cause as Error).message}`, {}, { cause });
    } finally {
      client.release();
    }
  }

  async revision(): Promise<number> {
    const rows = await this.#rows("SELECT value FROM store_meta WHERE key = 'revision'");
    return Number(rows[0]?.value ?? 0);
  }

  async stats(): Promise<StoreStats> {
    const rows = await this.#rows(
      'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM participants) AS participants',
    );
    const row = rows[0] ?? {};
    return { articles: Number(row.articles), reports: Number(row.reports), participants: Number(row.participants) };
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.#rows('SELECT max(version) AS v FROM schema_migrations');
    return Number(rows[0]?.v ?? 0);
  }

  /** Ends the connection pool; closing again does nothing (pg's pool throws when ended twice). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}

/**
 * Creates the schema if missing and applies missing migrations, in one transaction under an advisory
 * lock shared by every process. The schema is created under the lock too: two processes running
 * `CREATE SCHEMA IF NOT EXISTS` at once can both find it missing, and one then fails on the catalog's
 * unique index. Nothing is created that exists: `CREATE … IF NOT EXISTS` checks the CREATE privilege
 * first, so a role that may read and write an up-to-date store but not change its schema could not
 * open it.
 */
async function migrate(client: PoolClient, schema: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    // search_path names the schema from the start, and takes it up once it exists.
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
    const log = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
    if (log.rows[0]?.present !== true) {
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
    }
    for (const migration of MIGRATIONS) {
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.rowCount !== 0) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
