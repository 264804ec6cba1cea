/**
 * The schema, as versioned migrations shared by both stores. The SQL keeps to what SQLite and
 * PostgreSQL both read the same way: text, integer and double precision columns, JSON kept as
 * text, `ON CONFLICT DO NOTHING`, no dialect-only types. Add a migration; never edit one that
 * has shipped.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, meeting reports and their participants',
    statements: [
      `CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      )`,
      `INSERT INTO store_meta (key, value) VALUES ('revision', 0)`,
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        source TEXT,
        url TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL
      )`,
      `CREATE TABLE reports (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        meeting_date TEXT,
        date_text TEXT,
        place TEXT,
        trigger_text TEXT NOT NULL,
        rule TEXT NOT NULL,
        sentence TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (article_id, idx)
      )`,
      `CREATE TABLE participants (
        article_id TEXT NOT NULL,
        report_idx INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        en TEXT NOT NULL,
        role TEXT,
        known TEXT,
        side INTEGER NOT NULL,
        attendee INTEGER NOT NULL,
        PRIMARY KEY (article_id, report_idx, idx),
        FOREIGN KEY (article_id, report_idx) REFERENCES reports (article_id, idx) ON DELETE CASCADE
      )`,
      'CREATE INDEX participants_name ON participants (name)',
    ],
  },
  {
    version: 2,
    name: 'how each report date was resolved',
    statements: ['ALTER TABLE reports ADD COLUMN date_resolution TEXT'],
  },
];

/** The version a store is at once every migration is applied. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
