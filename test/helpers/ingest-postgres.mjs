// A separate process that ingests files into one schema of a PostgreSQL server with the built
// @liqa/core, and prints the summary as JSON: the concurrent-ingest test starts two at once.
// Usage: node ingest-postgres.mjs URL SCHEMA BATCH_SIZE FILE…
import { openCorpus, PostgresStore } from '@liqa/core';

const [url, schema, batchSize, ...paths] = process.argv.slice(2);
const corpus = await openCorpus({ store: await PostgresStore.open(url, { schema }) });
try {
  const summary = await corpus.ingest(paths, { batchSize: Number(batchSize), workers: 1 });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  await corpus.close();
}
