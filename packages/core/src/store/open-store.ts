import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** Where a corpus is kept. */
export interface StoreOptions {
  /**
   * Folder of the embedded store (`liqa.sqlite` inside it), created if missing.
   * @default `$LIQA_DATA_DIR`, else `$XDG_DATA_HOME/liqa`, else `~/.local/share/liqa`
   */
  dataDir?: string;
  /**
   * A `postgres://` URL: use that PostgreSQL server instead of the embedded store.
   * @default `$DATABASE_URL` when it is set
   */
  databaseUrl?: string;
  /** PostgreSQL schema for the tables. @default 'public' */
  schema?: string;
}

/** The embedded store's file name inside its data folder. */
export const STORE_FILE = 'liqa.sqlite';

/**
 * The folder the embedded store lives in when none is given.
 *
 * @example
 * ```ts
 * defaultDataDir({ LIQA_DATA_DIR: '/srv/liqa' }); //=> '/srv/liqa'
 * defaultDataDir({ XDG_DATA_HOME: '/home/amal/.local/share' }); //=> '/home/amal/.local/share/liqa'
 * defaultDataDir(); // from process.env: by default ~/.local/share/liqa
 * ```
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LIQA_DATA_DIR) return resolve(env.LIQA_DATA_DIR);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'liqa');
}

/**
 * Opens the store the options (or the environment) choose: PostgreSQL when a database URL is given,
 * else the embedded SQLite file under the data folder.
 *
 * @example
 * ```ts
 * const store = await openStore({ dataDir: '.liqa' });
 * [store.kind, store.location]; //=> ['sqlite', '/home/amal/project/.liqa/liqa.sqlite']
 * const corpus = await openCorpus({ store });
 * ```
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  if (databaseUrl) return PostgresStore.open(databaseUrl, { schema: options.schema });
  const dataDir = options.dataDir ?? defaultDataDir();
  return SqliteStore.open(dataDir === ':memory:' ? ':memory:' : join(resolve(dataDir), STORE_FILE));
}
