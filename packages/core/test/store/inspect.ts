import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A store's rows as plain data, read around the store (straight from the SQLite file or the
 * PostgreSQL schema), for tests that check what a crash or a race left behind. `ingested_at` is
 * left out: it is the one column two runs of the same ingest never share.
 */
export interface StoreRows {
  readonly articles: readonly Record<string, unknown>[];
  readonly reports: readonly Record<string, unknown>[];
  readonly participants: readonly Record<string, unknown>[];
}

const ARTICLES = 'SELECT id, hash, title, published, source, url, origin FROM articles ORDER BY id';
const REPORTS = 'SELECT * FROM reports ORDER BY article_id, idx';
const PARTICIPANTS = 'SELECT * FROM participants ORDER BY article_id, report_idx, idx';

/** The rows of the SQLite store file at `file`, read-only. */
export function readSqliteRows(file: string): StoreRows {
  const db = new Database(file, { readonly: true });
  try {
    const read = db.transaction(() => ({
      articles: db.prepare(ARTICLES).all() as Record<string, unknown>[],
      reports: db.prepare(REPORTS).all() as Record<string, unknown>[],
      participants: db.prepare(PARTICIPANTS).all() as Record<string, unknown>[],
    }));
    return read();
  } finally {
    db.close();
  }
}

/** Articles in the SQLite store file at `file` now (0 before the file exists), read beside its writer. */
export function countSqliteArticles(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").pluck().get() === 0
      ? 0
      : (db.prepare('SELECT count(*) FROM articles').pluck().get() as number);
  } finally {
    db.close();
  }
}

/** The rows of the PostgreSQL store in `schema`, in one snapshot. */
export async function readPostgresRows(url: string, schema: string): Promise<StoreRows> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL search_path = ${schema}`);
    const articles = (await client.query(ARTICLES)).rows;
    const reports = (await client.query(REPORTS)).rows;
    const participants = (await client.query(PARTICIPANTS)).rows;
    await client.query('COMMIT');
    return { articles, reports, participants };
  } finally {
    await client.end();
  }
}

/**
 * Everything wrong with a store's rows, one line each (none when it is sound): an article stored
 * twice (by id or by text hash), a report or participant twice, a report without its article or a
 * participant without its report, and numbering with gaps (the mark of a write cut short).
 */
export function integrityProblems(rows: StoreRows): string[] {
  const problems: string[] = [];
  const once = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${what} ${key} is stored twice`);
      seen.add(key);
    }
  };
  once(
    'article',
    rows.articles.map((a) => String(a.id)),
  );
  once(
    'article text',
    rows.articles.map((a) => String(a.hash)),
  );
  once(
    'report',
    rows.reports.map((r) => `${r.article_id}#${r.idx}`),
  );
  once(
    'participant',
    rows.participants.map((p) => `${p.article_id}#${p.report_idx}#${p.idx}`),
  );
  const articles = new Set(rows.articles.map((a) => String(a.id)));
  const reportCounts = new Map<string, number[]>();
  for (const r of rows.reports) {
    if (!articles.has(String(r.article_id))) problems.push(`report ${r.article_id}#${r.idx} has no article`);
    reportCounts.set(String(r.article_id), [...(reportCounts.get(String(r.article_id)) ?? []), Number(r.idx)]);
  }
  const reports = new Set(rows.reports.map((r) => `${r.article_id}#${r.idx}`));
  const participantCounts = new Map<string, number[]>();
  for (const p of rows.participants) {
    const report = `${p.article_id}#${p.report_idx}`;
    if (!reports.has(report)) problems.push(`participant ${report}#${p.idx} has no report`);
    participantCounts.set(report, [...(participantCounts.get(report) ?? []), Number(p.idx)]);
  }
  for (const [owner, numbers] of [...reportCounts, ...participantCounts]) {
    const sorted = [...numbers].sort((a, b) => a - b);
    if (sorted.some((n, i) => n !== i)) problems.push(`${owner} has rows numbered ${sorted.join(', ')}`);
  }
  return problems;
}
