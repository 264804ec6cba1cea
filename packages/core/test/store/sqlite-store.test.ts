import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
