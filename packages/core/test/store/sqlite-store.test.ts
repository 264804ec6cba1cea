import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { openStore, STORE_FILE } from '../../src/store/open-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { type AppliedMigration, describeStoreContract } from './contract.js';

/** A new, empty folder for each test. */
let dir: string;
const file = () => join(dir, STORE_FILE);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liqa-sqlite-store-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describeStoreContract('SqliteStore', () => SqliteStore.open(file()), {
  async appliedMigrations() {
    const db = new Database(file(), { readonly: true });
    try {
      return db
        .prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
        .all() as AppliedMigration[];
    } finally {
      db.close();
    }
  },
});

describe('openStore({ dataDir })', () => {
  it('keeps the embedded store in liqa.sqlite under the data folder, creating the folder', async () => {
    const dataDir = join(dir, 'not', 'there', 'yet');
    const store = await openStore({ dataDir });
    try {
      expect(store.kind).toBe('sqlite');
      expect(store.location).toBe(join(dataDir, 'liqa.sqlite'));
      expect(existsSync(join(dataDir, 'liqa.sqlite'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('uses the data folder even when DATABASE_URL is set', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://nobody:secret@127.0.0.1:1/nowhere');
    const store = await openStore({ dataDir: dir });
    try {
      expect(store.kind).toBe('sqlite');
      expect(store.location).toBe(join(dir, 'liqa.sqlite'));
    } finally {
      await store.close();
    }
  });
});

describe('migrations', () => {
  it('brings a store made by an older version up to date, keeping its data', async () => {
    // A file as version 1 of the schema left it, with one article and one report.
    const db = new Database(file());
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const [first] = MIGRATIONS;
    for (const statement of first?.statements ?? []) db.exec(statement);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(1, first?.name, '2026-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO articles VALUES ('old', 'h', NULL, '2015-08-10', NULL, NULL, NULL, 'then')").run();
    db.prepare(
      "INSERT INTO reports VALUES ('old', 0, 'meeting', 'occurred', '2015-08-10', 'اليوم', NULL, 'التقى', 'r', 'التقى', 0, 5, 1)",
    ).run();
    db.close();

    const store = await SqliteStore.open(file());
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    const { reports } = await store.loadReports();
    expect(reports).toEqual([expect.objectContaining({ article: 'old', date: '2015-08-10', dateResolution: null })]);
    await store.close();
  });
});
