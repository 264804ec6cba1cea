// Where a benchmark stores its corpus: a fresh SQLite file, or a fresh schema on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore, SqliteStore, type Store } from '@liqa/core';

export type StoreKind = 'sqlite' | 'postgres';

/** A store location a child process can open: a file path, or a URL and a schema. */
export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };

/** A new, empty location for one run. */
export function freshTarget(kind: StoreKind, url: string | undefined): StoreTarget {
  if (kind === 'sqlite') return { kind, path: join(mkdtempSync(join(tmpdir(), 'liqa-bench-')), 'liqa.sqlite') };
  if (!url) throw new Error('PostgreSQL benchmarks need LIQA_BENCH_DATABASE_URL (or DATABASE_URL)');
  return { kind, url, schema: `bench_${randomBytes(4).toString('hex')}` };
}

export function openTarget(target: StoreTarget): Promise<Store> {
  return target.kind === 'sqlite'
    ? SqliteStore.open(target.path)
    : PostgresStore.open(target.url, { schema: target.schema });
}

/** Removes what a run left: the SQLite folder, or the PostgreSQL schema. */
export async function dropTarget(target: StoreTarget): Promise<void> {
  if (target.kind === 'sqlite') {
    rmSync(join(target.path, '..'), { recursive: true, force: true });
    return;
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${target.schema} CASCADE`);
  } finally {
    await client.end();
  }
}
