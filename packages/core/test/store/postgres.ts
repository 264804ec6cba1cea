import pg from 'pg';

/**
 * The PostgreSQL server the tests use: `LIQA_TEST_DATABASE_URL`, else `DATABASE_URL`
 * (`bash scripts/postgres.sh start` starts one and prints its URL). Without one, suites skip and
 * say why, unless `LIQA_REQUIRE_POSTGRES=1` (CI), where they fail.
 */
export const POSTGRES_URL = process.env.LIQA_TEST_DATABASE_URL || process.env.DATABASE_URL || '';
export const POSTGRES_REQUIRED = process.env.LIQA_REQUIRE_POSTGRES === '1';

/** The URL without its password, to name in test titles. */
export function redact(address: string): string {
  try {
    const parsed = new URL(address);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable URL)';
  }
}

/** Why the server cannot be used, or null when it answers a query. */
export async function probePostgres(address: string = POSTGRES_URL): Promise<string | null> {
  if (!address) return 'neither LIQA_TEST_DATABASE_URL nor DATABASE_URL is set';
  const client = new pg.Client({ connectionString: address, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `no PostgreSQL server reachable at ${redact(address)}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops a test's schema. */
export async function dropSchema(schema: string, address: string = POSTGRES_URL): Promise<void> {
  const client = new pg.Client({ connectionString: address, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
